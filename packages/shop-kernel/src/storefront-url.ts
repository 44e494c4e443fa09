/**
 * The storefront's public address, where the links of customer e-mails point: STOREFRONT_URL
 * (required in production), else the local storefront of `npm run dev`. No trailing slash.
 */
export function storefrontUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.STOREFRONT_URL || `http://localhost:${env.STOREFRONT_PORT || 8000}`).replace(/\/$/, "")
}
