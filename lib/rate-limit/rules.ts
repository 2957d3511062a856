import type { RateLimitRule } from "./rate-limit";

// Anything that sends e-mail is limited per address and per client. Without a trusted proxy all clients
// share one counter (see client-address.ts), so the per-client limits are sized as a cap for the whole site.
export const signInPerEmail: RateLimitRule = { name: "sign-in:email", limit: 5, windowSeconds: 15 * 60 };
export const signInPerClient: RateLimitRule = { name: "sign-in:client", limit: 60, windowSeconds: 15 * 60 };
export const signUpPerEmail: RateLimitRule = { name: "sign-up:email", limit: 3, windowSeconds: 60 * 60 };
export const signUpPerClient: RateLimitRule = { name: "sign-up:client", limit: 30, windowSeconds: 60 * 60 };
