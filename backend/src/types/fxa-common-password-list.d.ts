/** Mozilla's offline list of common passwords (the package ships no types). */
declare module "fxa-common-password-list" {
  const commonPasswords: { test(password: string): boolean }
  export default commonPasswords
}
