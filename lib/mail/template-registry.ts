import { invitationMailTemplates } from "../invitations/invitation-templates";
import type { MailTemplate } from "./templates";

/** Every template a stored message can name (OutboxMail.template). */
export const mailTemplates: Record<string, MailTemplate> = {
  ...invitationMailTemplates,
};
