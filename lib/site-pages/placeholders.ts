/**
 * The placeholders a page text may hold: each stands for a setting, or for a list the site keeps in code because
 * a form asks about it too, filled in when the page is shown, so a value like the annual fee is never typed in a
 * text. Names and descriptions only (the form shows them); the values are in fill-placeholders.ts, on the server.
 */
export const placeholders = [
  { name: "bijdrage", description: "de jaarlijkse bijdrage per gemeente (ANNUAL_FEE_CENTS), bijvoorbeeld € 500" },
  { name: "contact-email", description: "het e-mailadres van het netwerk (CONTACT_EMAIL)" },
  {
    name: "afspraak-niet-gemeenten",
    description: "wat ministeries, de VNG en andere organisaties betalen (NETWORK_POLICY_NON_MUNICIPAL); leeg als het netwerk dat niet heeft vastgelegd",
  },
  {
    name: "afspraak-gasten",
    description: "wat een keer meedoen als gast kost (NETWORK_POLICY_GUESTS); leeg als het netwerk dat niet heeft vastgelegd",
  },
  {
    name: "voorwaarden-versnellingstraject",
    description:
      "de voorwaarden voor het versnellingstraject, als genummerde lijst: dezelfde waar het aanvraagformulier naar vraagt (lib/acceleration/conditions.ts)",
  },
] as const;

export type PlaceholderName = (typeof placeholders)[number]["name"];

/** A setting's text, or the items of a list (a numbered list in Markdown). */
export type PlaceholderValue = string | readonly string[];

const names: ReadonlySet<string> = new Set(placeholders.map((placeholder) => placeholder.name));

/** `{{ naam }}`: two braces, a name, two braces; spaces inside allowed. */
export const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders in a text that do not exist, each once, in the order they appear. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = [...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]!).filter((name) => !names.has(name));
  return [...new Set(unknown)];
}

export function unknownPlaceholderMessage(unknown: string[]): string {
  const list = unknown.map((name) => `{{${name}}}`).join(", ");
  const known = placeholders.map((placeholder) => `{{${placeholder.name}}}`).join(", ");
  return `${unknown.length === 1 ? "Deze plaatshouder bestaat niet" : "Deze plaatshouders bestaan niet"}: ${list}. Gebruik alleen ${known}.`;
}

/** A value from the settings is text, never Markdown: its *, _, [ and the like are escaped. */
function escapeMarkdown(value: string) {
  return value.replace(/[\\`*_[\]<>#|!~]/g, (character) => `\\${character}`);
}

/** A list in Markdown is a numbered list of its own, set apart by blank lines wherever it stands; in plain text, its items in a row. */
function listText(items: readonly string[], markdown: boolean) {
  if (!markdown) return items.join(" ");
  return `\n\n${items.map((item, index) => `${index + 1}. ${escapeMarkdown(item)}`).join("\n")}\n\n`;
}

/**
 * The text with every placeholder replaced by its value. An empty value (an arrangement the network did not set)
 * takes the space before it along, so "bijeenkomst. {{afspraak-gasten}} Bevalt" reads "bijeenkomst. Bevalt".
 * An unknown placeholder (saving refuses them) stays as it is.
 */
export function fillPlaceholders(text: string, values: Record<string, PlaceholderValue>, { markdown = true } = {}): string {
  return text.replace(new RegExp(` ?${PLACEHOLDER_PATTERN.source}`, "g"), (match, name: string) => {
    if (!Object.hasOwn(values, name)) return match;
    const value = values[name]!;
    if (!value.length) return "";
    const filled = typeof value === "string" ? (markdown ? escapeMarkdown(value) : value) : listText(value, markdown);
    return (match.startsWith(" ") ? " " : "") + filled;
  });
}
