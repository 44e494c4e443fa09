"use client"

/** Prints the page (the receipt); the print stylesheet keeps only the receipt. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  )
}
