/**
 * How often a client may try to log in, register or reset a password: failures per account and
 * client (a lockout that a neighbour behind the same address cannot cause for someone else's
 * account), and attempts per client whatever the account (password spraying).
 */
export const LOGIN_FAILURES_PER_ACCOUNT = { name: "login-failures", points: 5, durationSeconds: 15 * 60 }
export const LOGIN_ATTEMPTS_PER_CLIENT = { name: "login-attempts", points: 30, durationSeconds: 15 * 60 }
export const REGISTRATIONS_PER_CLIENT = { name: "registrations", points: 10, durationSeconds: 60 * 60 }
export const RESETS_PER_CLIENT = { name: "password-resets", points: 10, durationSeconds: 60 * 60 }
