import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import BookingModule from "../modules/booking"

/** A technician may have a Medusa admin user (their own "my jobs" view); a user is at most one technician. */
export default defineLink(BookingModule.linkable.technician, UserModule.linkable.user)
