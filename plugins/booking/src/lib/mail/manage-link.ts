import { storefrontUrl } from "@mj-chauffage/shop-kernel/storefront-url"
import { appointmentToken } from "../appointment-link"

/** The storefront page where the customer sees, moves or cancels the visit with its signed token. */
export function manageAppointmentUrl(
  appointment: { id: string; ends_at: Date | string; locale: string },
  env: NodeJS.ProcessEnv = process.env
): string {
  return `${storefrontUrl(env)}/${appointment.locale}/reparation/rendez-vous/${appointment.id}?token=${encodeURIComponent(appointmentToken(appointment))}`
}
