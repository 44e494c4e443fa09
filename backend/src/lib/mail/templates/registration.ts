import { renderMail, type RenderedMail } from "@mj-chauffage/shop-kernel/mail-layout"
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { REGISTRATION_LINK_HOURS } from "@mj-chauffage/shop-kernel/registration-links"

/**
 * The answer to "create my account", sent to the address given: the link that opens the account when
 * the address has none, otherwise a word that it has one. Only the mailbox's owner reads which.
 */
export type RegistrationLinkMailData = { locale: ShopLocale; register_url: string }
export type AccountExistsMailData = { locale: ShopLocale; login_url: string; reset_url: string }

const WORDS = {
  fr: {
    linkSubject: "Créer votre compte — MJ Chauffage",
    linkIntro: `Pour créer votre compte MJ Chauffage avec cette adresse e-mail, ouvrez ce lien (valable ${REGISTRATION_LINK_HOURS} heures) et choisissez votre mot de passe :`,
    link: "Créer mon compte",
    existsSubject: "Vous avez déjà un compte — MJ Chauffage",
    existsIntro: "Quelqu'un (sans doute vous) a demandé à créer un compte MJ Chauffage avec cette adresse e-mail. Elle a déjà un compte :",
    login: "Me connecter",
    reset: "J'ai oublié mon mot de passe",
    ignore: "Si vous n'avez rien demandé, ignorez cet e-mail : rien ne change.",
  },
  ar: {
    linkSubject: "إنشاء حسابك — MJ Chauffage",
    linkIntro: `لإنشاء حسابك في MJ Chauffage بهذا البريد الإلكتروني، افتح هذا الرابط (صالح لمدة ${REGISTRATION_LINK_HOURS} ساعة) واختر كلمة مرورك:`,
    link: "إنشاء حسابي",
    existsSubject: "لديك حساب بالفعل — MJ Chauffage",
    existsIntro: "طلب أحدهم (أنت على الأرجح) إنشاء حساب في MJ Chauffage بهذا البريد الإلكتروني. لهذا البريد حساب بالفعل:",
    login: "تسجيل الدخول",
    reset: "نسيت كلمة المرور",
    ignore: "إذا لم تطلب ذلك، فتجاهل هذا البريد: لن يتغير شيء.",
  },
}

export function renderRegistrationLink(data: RegistrationLinkMailData): RenderedMail {
  const words = WORDS[data.locale]
  return renderMail(data.locale, words.linkSubject, [{ lines: [words.linkIntro, { text: words.link, href: data.register_url }, words.ignore] }])
}

export function renderAccountExists(data: AccountExistsMailData): RenderedMail {
  const words = WORDS[data.locale]
  return renderMail(data.locale, words.existsSubject, [
    { lines: [words.existsIntro, { text: words.login, href: data.login_url }, { text: words.reset, href: data.reset_url }, words.ignore] },
  ])
}
