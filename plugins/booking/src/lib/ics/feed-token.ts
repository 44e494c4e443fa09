import crypto from "node:crypto"

/** A calendar feed's secret: long and random; only its SHA-256 is stored, so a database read does not open feeds. */
export const newFeedToken = () => crypto.randomBytes(24).toString("base64url")
export const feedTokenHash = (token: string) => crypto.createHash("sha256").update(token).digest("hex")
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/
export const feedPath = (token: string) => `/calendar/technicians/${token}.ics`
