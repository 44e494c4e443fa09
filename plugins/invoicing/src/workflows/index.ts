export { issueOrderInvoiceWorkflow } from "./issue-order-invoice"
export { issueCreditNotesWorkflow } from "./issue-credit-notes"
