import "server-only";
/** Auth.js signs cookies with AUTH_SECRET and hashes sign-in tokens with it. `npm start` creates one locally. */
export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET ontbreekt. Zet een lange willekeurige waarde, bijv. uit `openssl rand -base64 32`.");
  return secret;
}
