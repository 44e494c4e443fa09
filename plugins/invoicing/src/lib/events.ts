/** Events of the invoicing plugin: `issued` carries { id } of each new invoice or credit note. */
export const INVOICING_EVENTS = { issued: "invoicing.document.issued" } as const
