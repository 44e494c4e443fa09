// mailauth 4.13 ships no types for its DKIM verifier; this is the part the tests use.
declare module "mailauth/lib/dkim/verify" {
  export function dkimVerify(
    input: Buffer | string,
    options: { resolver: (name: string, type: string) => Promise<unknown> }
  ): Promise<{ results: Array<{ signingDomain: string; status: { result: string } }> }>
}
