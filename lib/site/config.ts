export const SITE_NAME = "Wmo transformatienetwerk";

/** The absolute address of the site, for calendar files and e-mail links. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

/** For a trial only: a real deployment must set CONTACT_EMAIL (lib/site/production-settings.ts). */
export const PLACEHOLDER_CONTACT_EMAIL = "secretariaat@wmo-transformatienetwerk.example";

/** The network's own address, shown where a role has no contact details of its own. */
export function contactEmail(): string {
  return process.env.CONTACT_EMAIL || PLACEHOLDER_CONTACT_EMAIL;
}
