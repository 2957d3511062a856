/**
 * The network's own arrangements that the source texts do not state, each shown only when configured, so no page
 * claims more than the network decided: e.g. NETWORK_POLICY_GUESTS="Een keer meedoen als gast is gratis."
 */
export function networkPolicy(env: Record<string, string | undefined> = process.env) {
  const line = (value: string | undefined) => value?.trim() || null;
  return {
    /** What ministries, the VNG and other organisations pay (the sources only say municipalities pay). */
    nonMunicipal: line(env.NETWORK_POLICY_NON_MUNICIPAL),
    /** What trying one meeting as a guest costs. */
    guests: line(env.NETWORK_POLICY_GUESTS),
  };
}
