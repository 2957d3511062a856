import type { PositionRole } from "../db/generated/enums";

export const positionRoleLabels: Record<PositionRole, string> = {
  CHAIR: "Voorzitter",
  KERNCLUB_MEMBER: "Lid van de kernclub",
  SECRETARY: "Secretaris",
};
