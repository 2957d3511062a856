import { accelerationConditions } from "../acceleration/conditions";
import { annualFeeCents } from "../fees/fee-amount";
import { formatEuros } from "../format/money";
import { contactEmail } from "../site/config";
import { networkPolicy } from "../site/network-policy";
import { fillPlaceholders, type PlaceholderName, type PlaceholderValue } from "./placeholders";

/** Each placeholder's value from the settings as they are now (on the server: they are environment variables), or its list. */
export function placeholderValues(): Record<PlaceholderName, PlaceholderValue> {
  const policy = networkPolicy();
  return {
    bijdrage: formatEuros(annualFeeCents()),
    "contact-email": contactEmail(),
    "afspraak-niet-gemeenten": policy.nonMunicipal ?? "",
    "afspraak-gasten": policy.guests ?? "",
    "voorwaarden-versnellingstraject": accelerationConditions,
  };
}

/** The text with the settings filled in as they are now. */
export function fillFromSettings(text: string, options?: { markdown?: boolean }): string {
  return fillPlaceholders(text, placeholderValues(), options);
}
