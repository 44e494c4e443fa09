export { submitBaridpayReferenceWorkflow } from "./submit-baridpay-reference"
export { confirmBaridpayPaymentWorkflow } from "./confirm-baridpay-payment"
export { rejectBaridpayPaymentWorkflow } from "./reject-baridpay-payment"
export { expireBaridpayOrderWorkflow } from "./expire-baridpay-order"
