import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import type BookingModuleService from "../../modules/booking/service"
import { storeVisitView, type StoreVisitSource, type StoreVisitView } from "./store-visit-view"

/** One visit as the Store API shows it (with its technician's first name). */
export async function readStoreVisit(booking: BookingModuleService, id: string): Promise<StoreVisitView> {
  const [visit] = await booking.listAppointments({ id }, { relations: ["technician"] })
  if (!visit) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Rendez-vous introuvable", refusal("appointment_not_found"))
  return storeVisitView(visit as unknown as StoreVisitSource)
}
