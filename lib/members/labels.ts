import type { UserRole } from "../db/generated/enums";
import type { Coverage } from "./coverage";

export const roleLabels: Record<UserRole, string> = {
  SECRETARY: "Secretaris",
  KERNCLUB: "Lid van de kernclub",
  MEMBER: "Deelnemer",
  GUEST: "Gast",
};

function colleaguesOf(count: number, municipality: string) {
  if (count === 0) return `nog geen andere collega’s van ${municipality} doen mee`;
  return count === 1 ? `1 collega van ${municipality} doet ook mee` : `${count} collega’s van ${municipality} doen ook mee`;
}

/** What covers the person in `year`, as they read it themselves (/mijn-gegevens, a meeting page). */
export function coverageSentence(coverage: Coverage, year: number): string {
  switch (coverage.kind) {
    case "secretary":
      return `Als secretaris heb je in ${year} alle rechten van een deelnemer.`;
    case "municipality":
      return `Dit jaar (${year}) doe je mee via de gemeente ${coverage.municipalityName}; ${colleaguesOf(coverage.colleagues, "je gemeente")}.`;
    case "personal":
      return `Dit jaar doe je mee via je eigen lidmaatschap voor ${year}.`;
    case "not-admitted":
      return coverage.rejection
        ? `De secretaris heeft je aanmelding niet goedgekeurd.${coverage.rejection.message ? ` Het bericht van de secretaris: “${coverage.rejection.message}”` : ""}`
        : "Je aanmelding wacht op goedkeuring door de secretaris.";
    case "none":
      return coverage.municipalityName
        ? `Gemeente ${coverage.municipalityName} doet in ${year} (nog) niet mee.`
        : `Je hebt voor ${year} (nog) geen eigen lidmaatschap en je doet niet mee via een gemeente.`;
  }
}

/** The same for the secretary, on the person's admin page. */
export function coverageSummary(coverage: Coverage, year: number): string {
  switch (coverage.kind) {
    case "secretary":
      return `Secretaris: heeft in ${year} alle rechten van een deelnemer.`;
    case "municipality":
      return `Doet in ${year} mee via de gemeente ${coverage.municipalityName}; ${colleaguesOf(coverage.colleagues, "de gemeente")}.`;
    case "personal":
      return `Doet in ${year} mee met een eigen lidmaatschap${coverage.organisationName ? ` (${coverage.organisationName})` : ""}.`;
    case "not-admitted":
      return coverage.rejection ? "Niet toegelaten: de aanmelding is afgewezen." : "Nog niet toegelaten: de aanmelding wacht op goedkeuring.";
    case "none":
      return coverage.municipalityName
        ? `Doet in ${year} niet mee: de gemeente ${coverage.municipalityName} heeft geen lidmaatschap voor ${year}.`
        : `Doet in ${year} niet mee: geen gemeente met een lidmaatschap en geen eigen lidmaatschap voor ${year}.`;
  }
}

/** After `coverageSentence` of someone not covered: why the member's "Kom je?" buttons are not there. */
export const NOT_COVERED_FOR_RSVP =
  "Daarom kun je hier niet als deelnemer laten weten of je komt. Ben je uitgenodigd? Geef je antwoord dan met de knoppen in je uitnodiging.";
