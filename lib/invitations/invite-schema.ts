import { z } from "zod";
import { checkboxField, idField, optionalIdField, plainText } from "../forms/fields";

const MAX_ADDRESSES = 500;
const address = z.email();

/** One address a line; blank lines are skipped, doubles counted once, each line checked. */
const extraEmailsField = plainText({ max: 50_000, tooLong: "Dit zijn te veel adressen: plak er hoogstens 500.", multiline: true })
  .optional()
  .transform((value, ctx) => {
    const lines = (value ?? "").split(/\r?\n/).map((line) => line.trim().toLowerCase());
    const emails: string[] = [];
    for (const [index, line] of lines.entries()) {
      if (!line) continue;
      if (line.length > 254 || !address.safeParse(line).success) {
        ctx.addIssue({ code: "custom", message: `Regel ${index + 1} is geen geldig e-mailadres. Zet één adres op elke regel, bijvoorbeeld naam@gemeente.nl.` });
        return z.NEVER;
      }
      if (!emails.includes(line)) emails.push(line);
    }
    if (emails.length > MAX_ADDRESSES) {
      ctx.addIssue({ code: "custom", message: "Dit zijn te veel adressen: plak er hoogstens 500." });
      return z.NEVER;
    }
    return emails;
  });

export const inviteRoles = ["MEMBER", "KERNCLUB", "SECRETARY"] as const;

export const inviteSchema = z.object({
  meetingId: idField("Deze bijeenkomst bestaat niet (meer)."),
  members: checkboxField,
  municipalityId: optionalIdField("Kies een gemeente uit de lijst."),
  role: z
    .enum(["", ...inviteRoles], { error: "Kies een rol uit de lijst." })
    .optional()
    .transform((value) => value || null),
  guests: checkboxField,
  extraEmails: extraEmailsField,
});
export const inviteLabels = { members: "Deelnemers", municipalityId: "Gemeente", role: "Rol", guests: "Gasten", extraEmails: "Extra e-mailadressen" };
export type InviteInput = z.output<typeof inviteSchema>;

export const resendInvitationSchema = z.object({
  meetingId: idField("Deze bijeenkomst bestaat niet (meer)."),
  userId: idField("Deze persoon is niet uitgenodigd."),
});
