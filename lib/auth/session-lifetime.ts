/** How long a sign-in lasts without a visit, and how often a visit extends it (Auth.js's maxAge and updateAge). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;
