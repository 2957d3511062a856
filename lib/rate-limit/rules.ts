import type { RateLimitRule } from "./rate-limit";

import { SHARED_CLIENT } from "./client-address";

// Anything that sends e-mail is limited per client first, then per address (a request refused for its client
// is not counted against the address it names). Links already sent to an address keep working when its own
// limit is reached, so a stranger asking links for someone's address cannot lock them out.
export const signInPerEmail: RateLimitRule = { name: "sign-in:email", limit: 5, windowSeconds: 15 * 60 };
export const signUpPerEmail: RateLimitRule = { name: "sign-up:email", limit: 3, windowSeconds: 60 * 60 };
export const accelerationRequestPerEmail: RateLimitRule = { name: "acceleration-request:email", limit: 3, windowSeconds: 60 * 60 };

// Saves that mail someone (an answer's confirmation) or renew every public page (answers, a changed name) are
// limited per person: far above what changing one's mind needs, low enough that a script can't flood.
export const answerPerPerson: RateLimitRule = { name: "answer:person", limit: 20, windowSeconds: 15 * 60 };
export const profileSavePerPerson: RateLimitRule = { name: "profile:person", limit: 20, windowSeconds: 15 * 60 };

const signInPerClient: RateLimitRule = { name: "sign-in:client", limit: 60, windowSeconds: 15 * 60 };
const signUpPerClient: RateLimitRule = { name: "sign-up:client", limit: 30, windowSeconds: 60 * 60 };
const accelerationRequestPerClient: RateLimitRule = { name: "acceleration-request:client", limit: 30, windowSeconds: 60 * 60 };
// Under `next dev` (no site server to say who asks) every visitor is one client: that counter is a ceiling for the whole site, far above
// what one person needs, so one visitor's burst leaves room for everyone else.
const signInSiteWide: RateLimitRule = { name: "sign-in:site", limit: 2000, windowSeconds: 15 * 60 };
const signUpSiteWide: RateLimitRule = { name: "sign-up:site", limit: 500, windowSeconds: 60 * 60 };
const accelerationRequestSiteWide: RateLimitRule = { name: "acceleration-request:site", limit: 500, windowSeconds: 60 * 60 };

/** The per-client rule for a client address, or the site-wide ceiling for the shared client. */
const clientRule = (perClient: RateLimitRule, siteWide: RateLimitRule) => (client: string) => (client === SHARED_CLIENT ? siteWide : perClient);

export const signInClientRule = clientRule(signInPerClient, signInSiteWide);
export const signUpClientRule = clientRule(signUpPerClient, signUpSiteWide);
/** Requests for the versnellingstraject are limited like sign-ups, in buckets of their own. */
export const accelerationRequestClientRule = clientRule(accelerationRequestPerClient, accelerationRequestSiteWide);
