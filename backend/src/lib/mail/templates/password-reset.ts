import { renderMail, type RenderedMail } from "@mj-chauffage/shop-kernel/mail-layout"
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"

/** The e-mail with the link that sets a new password: single use, 15 minutes (Medusa's reset token). */
export type PasswordResetMailData = { locale: ShopLocale; reset_url: string }

const WORDS = {
  fr: {
    subject: "Choisir un nouveau mot de passe — MJ Chauffage",
    intro: "Vous avez demandé à changer le mot de passe de votre compte MJ Chauffage. Ce lien sert une seule fois, pendant 15 minutes :",
    link: "Choisir un nouveau mot de passe",
    ignore: "Si vous n'avez rien demandé, ignorez cet e-mail : votre mot de passe ne change pas.",
  },
  ar: {
    subject: "اختيار كلمة مرور جديدة — MJ Chauffage",
    intro: "طلبت تغيير كلمة مرور حسابك في MJ Chauffage. هذا الرابط صالح لمرة واحدة ولمدة 15 دقيقة:",
    link: "اختيار كلمة مرور جديدة",
    ignore: "إذا لم تطلب ذلك، فتجاهل هذا البريد: كلمة مرورك لن تتغير.",
  },
}

export function renderPasswordReset(data: PasswordResetMailData): RenderedMail {
  const words = WORDS[data.locale]
  return renderMail(data.locale, words.subject, [{ lines: [words.intro, { text: words.link, href: data.reset_url }, words.ignore] }])
}
