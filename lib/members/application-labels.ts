import type { ApplicationStatus } from "../db/generated/enums";

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  PENDING: "wacht op goedkeuring",
  APPROVED: "goedgekeurd",
  REJECTED: "afgewezen",
};

/** The status filter on /beheer/aanmeldingen, by its Dutch query value. */
export const applicationStatusFilters = { wachtend: "PENDING", goedgekeurd: "APPROVED", afgewezen: "REJECTED" } as const satisfies Record<
  string,
  ApplicationStatus
>;
