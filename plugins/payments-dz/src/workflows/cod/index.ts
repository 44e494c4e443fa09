export { recordCodCallWorkflow } from "./record-cod-call"
export { shipCodOrderWorkflow } from "./ship-cod-order"
export { collectCodOrderWorkflow } from "./collect-cod-order"
export { refuseCodOrderWorkflow } from "./refuse-cod-order"
