/** Public addresses and CORS origins; development defaults follow the ports `npm run dev` uses. */
type Env = Record<string, string | undefined>

const localOrigins = (ports: string[]) => ports.map((port) => `http://localhost:${port}`).join(",")

/** Medusa's public address (admin, file URLs). */
export function backendUrl(env: Env): string {
  return env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || "9000"}`
}

export function corsOrigins(env: Env) {
  const storefront = env.STOREFRONT_PORT || "8000"
  const api = env.PORT || "9000"
  return {
    storeCors: env.STORE_CORS || localOrigins([storefront]),
    adminCors: env.ADMIN_CORS || localOrigins([api]),
    authCors: env.AUTH_CORS || localOrigins([storefront, api]),
  }
}
