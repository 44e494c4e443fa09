// ALTCHA's French translation ships without a declaration; it is imported for its side effect only.
declare module "altcha/i18n/fr-fr"
