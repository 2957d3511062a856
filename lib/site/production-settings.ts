import { PLACEHOLDER_INVOICE_SETTINGS, sellerDetails } from "../fees/invoicing-config";
import { PLACEHOLDER_CONTACT_EMAIL } from "./config";

const invoicePlaceholderReasons: Record<keyof typeof PLACEHOLDER_INVOICE_SETTINGS, string> = {
  INVOICE_SELLER_STREET: "het voorbeeldadres",
  INVOICE_SELLER_POSTCODE: "de voorbeeldpostcode",
  INVOICE_SELLER_CITY: "de voorbeeldplaats",
  INVOICE_IBAN: "het bekende voorbeeld-IBAN: gemeenten zouden op een rekening betalen die niet van het netwerk is",
};

/**
 * With an external database the site is a real deployment: it must not make up a secret per host, send e-mail
 * links to localhost, or send invoices and pages with the trial's example details. Returns one Dutch line naming
 * the first missing or placeholder setting, or null.
 */
export function missingProductionSetting(env: NodeJS.ProcessEnv): string | null {
  if ((env.AUTH_SECRET ?? "").length < 32) {
    return "AUTH_SECRET ontbreekt of is korter dan 32 tekens. Zet een lange willekeurige waarde, bijvoorbeeld uit `openssl rand -base64 32`.";
  }
  if (!env.SITE_URL) {
    return "SITE_URL ontbreekt. Zet het openbare adres van de site (bijvoorbeeld https://www.example.nl): alle links in e-mails en agenda-bestanden beginnen ermee.";
  }
  if (!env.CONTACT_EMAIL?.trim() || env.CONTACT_EMAIL.trim() === PLACEHOLDER_CONTACT_EMAIL) {
    return "CONTACT_EMAIL ontbreekt of is het voorbeeldadres. Zet het e-mailadres van het secretariaat: het staat op de site, in uitnodigingen en op facturen.";
  }
  for (const [name, reason] of Object.entries(invoicePlaceholderReasons) as [keyof typeof PLACEHOLDER_INVOICE_SETTINGS, string][]) {
    const value = env[name]?.trim();
    if (!value || value.replace(/\s+/g, "").toUpperCase() === PLACEHOLDER_INVOICE_SETTINGS[name].replace(/\s+/g, "").toUpperCase()) {
      return `${name} ontbreekt of is ${reason}. Zet de echte factuurgegevens van het netwerk (zie "Facturen: gegevens van het netwerk" in de README).`;
    }
  }
  if (!env.INVOICE_KVK_NUMBER?.trim()) {
    return "INVOICE_KVK_NUMBER ontbreekt. Zet het KvK-nummer van het netwerk (8 cijfers): e-facturen aan gemeenten hebben het nodig.";
  }
  try {
    sellerDetails(env);
  } catch (error) {
    return (error as Error).message;
  }
  return null;
}
