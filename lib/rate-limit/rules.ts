import type { RateLimitRule } from "./rate-limit";

import { SHARED_CLIENT } from "./client-address";

// Anything that sends e-mail is limited per client first, then per address (a request refused for its client
// is not counted against the address it names). Links already sent to an address keep working when its own
// limit is reached, so a stranger asking links for someone's address cannot lock them out.
export const signInPerEmail: RateLimitRule = { name: "sign-in:email", limit: 5, windowSeconds: 15 * 60 };
export const signUpPerEmail: RateLimitRule = { name: "sign-up:email", limit: 3, windowSeconds: 60 * 60 };

const signInPerClient: RateLimitRule = { name: "sign-in:client", limit: 60, windowSeconds: 15 * 60 };
const signUpPerClient: RateLimitRule = { name: "sign-up:client", limit: 30, windowSeconds: 60 * 60 };
// Without a trusted proxy every visitor is one client: that counter is a ceiling for the whole site, far above
// what one person needs, so one visitor's burst leaves room for everyone else.
const signInSiteWide: RateLimitRule = { name: "sign-in:site", limit: 2000, windowSeconds: 15 * 60 };
const signUpSiteWide: RateLimitRule = { name: "sign-up:site", limit: 500, windowSeconds: 60 * 60 };

export function signInClientRule(client: string): RateLimitRule {
  return client === SHARED_CLIENT ? signInSiteWide : signInPerClient;
}

export function signUpClientRule(client: string): RateLimitRule {
  return client === SHARED_CLIENT ? signUpSiteWide : signUpPerClient;
}
