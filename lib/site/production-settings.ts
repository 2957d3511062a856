/**
 * With an external database the site is a real deployment: it must not make up a secret per host or send
 * e-mail links to localhost. Returns one Dutch line naming the first missing setting, or null.
 */
export function missingProductionSetting(env: NodeJS.ProcessEnv): string | null {
  if ((env.AUTH_SECRET ?? "").length < 32) {
    return "AUTH_SECRET ontbreekt of is korter dan 32 tekens. Zet een lange willekeurige waarde, bijvoorbeeld uit `openssl rand -base64 32`.";
  }
  if (!env.SITE_URL) {
    return "SITE_URL ontbreekt. Zet het openbare adres van de site (bijvoorbeeld https://www.example.nl): alle links in e-mails en agenda-bestanden beginnen ermee.";
  }
  return null;
}
