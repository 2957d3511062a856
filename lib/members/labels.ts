import type { FeeStatus, UserRole } from "../db/generated/enums";

export const roleLabels: Record<UserRole, string> = {
  SECRETARY: "Secretaris",
  KERNCLUB: "Lid van de kernclub",
  MEMBER: "Deelnemer",
  GUEST: "Gast",
};

export const feeStatusLabels: Record<FeeStatus, string> = {
  OPEN: "nog te factureren",
  INVOICED: "gefactureerd",
  PAID: "betaald",
  WAIVED: "kwijtgescholden",
};
