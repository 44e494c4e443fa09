import { Button, Input, toast, usePrompt } from "@medusajs/ui"
import { useState, type FormEvent } from "react"

/** What the confirmation dialog asks before an action that cannot be undone. */
export type ConfirmText = { title: string; description: string; confirmText: string; cancelText: string }

export type AcceptOrRefuseProps = {
  accept: { label: string; confirm: ConfirmText; run: () => Promise<boolean>; success: string }
  /** Refusing needs a reason of at least 3 characters. */
  refuse: { label: string; reasonLabel: string; reasonPlaceholder: string; confirm: ConfirmText; run: (reason: string) => Promise<boolean>; success: string }
  onDone: () => void
}

/**
 * The office's two-way decision on money (cash collected / parcel refused, transfer received / not
 * received): each asks for confirmation, then says in a toast what happened.
 */
export function AcceptOrRefuse({ accept, refuse, onDone }: AcceptOrRefuseProps) {
  const prompt = usePrompt()
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const decide = async (confirm: ConfirmText, run: () => Promise<boolean>, success: string) => {
    if (!(await prompt(confirm))) return
    setBusy(true)
    const ok = await run()
    setBusy(false)
    if (ok) {
      toast.success(success)
      onDone()
    }
  }
  const submitRefusal = (event: FormEvent) => {
    event.preventDefault()
    void decide(refuse.confirm, () => refuse.run(reason), refuse.success)
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Button onClick={() => void decide(accept.confirm, accept.run, accept.success)} isLoading={busy}>
        {accept.label}
      </Button>
      <form className="flex flex-col gap-2" onSubmit={submitRefusal}>
        <Input aria-label={refuse.reasonLabel} placeholder={refuse.reasonPlaceholder} value={reason} onChange={(e) => setReason(e.target.value)} />
        <Button type="submit" variant="danger" isLoading={busy} disabled={reason.trim().length < 3}>
          {refuse.label}
        </Button>
      </form>
    </div>
  )
}
