import type { UserRole } from "../db/generated/enums";

export const roleLabels: Record<UserRole, string> = {
  SECRETARY: "Secretaris",
  KERNCLUB: "Lid van de kernclub",
  MEMBER: "Deelnemer",
  GUEST: "Gast",
};
