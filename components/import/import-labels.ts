import type { RowOutcome } from "@/lib/import/import-plan";

export const outcomeLabels: Record<RowOutcome, string> = {
  create: "Nieuw",
  update: "Bijgewerkt",
  unchanged: "Ongewijzigd",
  skip: "Overgeslagen",
};

export const kindLabels = { person: "Persoon", municipality: "Gemeente" } as const;

/** "1 persoon", "3 mensen" */
export const count = (number: number, one: string, many: string) => `${number.toLocaleString("nl-NL")} ${number === 1 ? one : many}`;
