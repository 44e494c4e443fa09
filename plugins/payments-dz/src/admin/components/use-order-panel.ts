import { useQueryClient } from "@tanstack/react-query"
import { useCallback, useEffect, useState } from "react"

/**
 * An order-page panel's data, read from one admin route (`fallback` when it answers no), and a
 * refresh for after an action (`fallback`: a constant of the caller's module, so it never re-reads): the dashboard's own sections (payments, fulfilment) read the order
 * through its query cache, so that cache is refreshed too.
 */
export function useOrderPanel<View>(path: string, fallback: View): { view: View | undefined; refresh: () => void } {
  const [view, setView] = useState<View>()
  const load = useCallback(() => {
    void fetch(path, { credentials: "include" })
      .then((response) => (response.ok ? (response.json() as Promise<View>) : fallback))
      .then(setView)
  }, [path, fallback])
  useEffect(load, [load])
  const queryClient = useQueryClient()
  const refresh = useCallback(() => {
    load()
    void queryClient.invalidateQueries({ queryKey: ["orders"] })
  }, [load, queryClient])
  return { view, refresh }
}
