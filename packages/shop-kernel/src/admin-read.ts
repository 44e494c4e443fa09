/**
 * The admin pages' read of one /admin route through admin-fetch, as a React hook (the dashboard's
 * React: the admin bundler dedupes it, and react is a peer here). Kept with admin-fetch so the
 * backend's admin and the plugins' share it: plugins must not import each other or the backend.
 */
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "./admin-fetch"

/** Reads `path` once, and again after `reload()`; `error` holds the refusal's words; a null path reads nothing. */
export function useAdminRead<T>(path: string | null) {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (!path) return
    let current = true
    adminFetch<T>(path).then(
      (answer) => current && (setData(answer), setError(null)),
      (failure: Error) => current && setError(failure.message)
    )
    return () => {
      current = false
    }
  }, [path, version])
  const reload = useCallback(() => setVersion((value) => value + 1), [])
  return { data, error, reload }
}
