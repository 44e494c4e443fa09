/**
 * Medusa's dashboard, in production, answers a page whose data the API refused (403) with its generic
 * error ("Une erreur est survenue"): its error boundary names only 400, 404 and 500 and keeps the
 * API's message for development. Its words for that case say what to do instead (the refusal's own
 * sentence appears at the same time, lib/refusal-toasts.ts). Merged over the dashboard's translations.
 */
export default {
  fr: {
    translation: {
      errorBoundary: {
        defaultTitle: "Cette page ne peut pas s'afficher",
        defaultMessage:
          "Si votre rôle n'y donne pas accès, le message affiché en même temps le dit : demandez cet accès à un administrateur. Sinon, une erreur est survenue : réessayez.",
      },
    },
  },
  en: {
    translation: {
      errorBoundary: {
        defaultTitle: "This page cannot be shown",
        defaultMessage: "If your role does not give access to it, the message shown with this one says so: ask an administrator. Otherwise an error occurred: try again.",
      },
    },
  },
}
