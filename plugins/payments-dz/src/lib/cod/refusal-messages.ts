import type { CodRefusal } from "./life-cycle"

/** The office's words for each cash-on-delivery refusal (the code is what clients read; Medusa Admin shows the words). */
export const COD_REFUSAL_MESSAGE = {
  cod_not_confirmed: "Confirmez d'abord la commande par téléphone avant de l'expédier.",
  cod_not_shipped: "Le colis n'est pas encore parti : expédiez d'abord la commande.",
  cod_already_confirmed: "La commande est déjà confirmée.",
  cod_already_shipped: "Le colis est déjà parti : il ne reste qu'à encaisser ou à enregistrer un refus.",
  cod_already_collected: "L'argent de cette commande est déjà encaissé.",
  cod_already_refused: "Le colis a déjà été refusé et la commande annulée.",
  cod_order_cancelled: "Cette commande est annulée.",
} as const satisfies Record<CodRefusal, string>
