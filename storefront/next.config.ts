import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./i18n/request.ts")

const nextConfig: NextConfig = {
  // Security headers that do not depend on the request; the CSP (per-request nonce) is set in proxy.ts.
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(self)" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          ...(process.env.NODE_ENV === "production"
            ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
            : []),
        ],
      },
    ]
  },
  // pdfkit (the card receipt PDF) reads its own data files at run time: load it from node_modules.
  serverExternalPackages: ["pdfkit"],
  // The workspace root holds the lockfile; Turbopack resolves the workspace packages from there.
  turbopack: { root: ".." },
  outputFileTracingRoot: "..",
}

export default withNextIntl(nextConfig)
