/**
 * The conditions of sale in force. The version accepted at checkout is stored on the order with the
 * time of acceptance (Loi 18-05): change the version whenever the text in messages/*.json changes.
 */
export const CONDITIONS_VERSION = "2026-11-27"
