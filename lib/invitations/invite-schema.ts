import { z } from "zod";
import { emailListField } from "../forms/email-list-field";
import { checkboxField, idField, optionalChoiceField, optionalIdField } from "../forms/fields";

export const inviteRoles = ["MEMBER", "KERNCLUB", "SECRETARY"] as const;
/** The groups the invite form narrows to: a role, except the kernclub, which follows the current kernclub positions. */
export const inviteRoleLabels: Record<(typeof inviteRoles)[number], string> = {
  MEMBER: "Deelnemers (rol deelnemer)",
  KERNCLUB: "De kernclub (nu voorzitter of lid)",
  SECRETARY: "Secretaris (rol secretaris)",
};

export const inviteSchema = z.object({
  meetingId: idField("Deze bijeenkomst bestaat niet (meer)."),
  members: checkboxField,
  municipalityId: optionalIdField("Kies een gemeente uit de lijst."),
  role: optionalChoiceField(inviteRoles, "Kies een rol uit de lijst."),
  guests: checkboxField,
  extraEmails: emailListField,
});
export const inviteLabels = {
  members: "Deelnemers",
  municipalityId: "Gemeente",
  role: "Alleen deze groep",
  guests: "Gasten",
  extraEmails: "Extra e-mailadressen",
};
export type InviteInput = z.output<typeof inviteSchema>;

export const resendInvitationSchema = z.object({
  meetingId: idField("Deze bijeenkomst bestaat niet (meer)."),
  userId: idField("Deze persoon is niet uitgenodigd."),
});
