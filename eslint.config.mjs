// One lint configuration for the repository. no-console keeps console.log out of shipped code
// (the Medusa logger is used there); the scripts/ runners talk to a terminal and write to stdout.
import js from "@eslint/js"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/.next/**",
      "**/dist/**",
      ".dev/**",
      "**/static/**",
      // Third-party files copied in at build time (storefront/scripts/vendor-altcha-worker.mjs).
      "storefront/public/vendor/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", require: "readonly", module: "writable", __dirname: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "no-console": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  }
)
