/**
 * Whether the application registered a notification provider for the `sms` channel. In production
 * without an SMS gateway none is (backend/src/config/providers.ts): SMS are then skipped, not
 * attempted, so no failed notification is recorded for each one. Read from the same configuration
 * that registers the providers, so the two cannot disagree.
 */
export const SMS_CHANNEL = "sms"

type ProviderEntry = { options?: { channels?: unknown } }
type ConfigWithModules = { modules?: Record<string, unknown> }

export function smsChannelConfigured(configModule: ConfigWithModules): boolean {
  const notification = configModule.modules?.notification
  if (!notification || typeof notification !== "object") return false
  const providers = (notification as { options?: { providers?: ProviderEntry[] } }).options?.providers ?? []
  return providers.some((provider) => Array.isArray(provider.options?.channels) && provider.options.channels.includes(SMS_CHANNEL))
}
