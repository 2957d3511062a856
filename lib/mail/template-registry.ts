import { invitationMailTemplates } from "../invitations/invitation-templates";
import { rsvpConfirmationMail } from "../meetings/rsvp-confirmation-mail";
import { confirmApplicationTemplate, signInLinkTemplate } from "./account-templates";
import type { MailTemplate } from "./templates";

/** Every template a stored message can name (OutboxMail.template). */
export const mailTemplates: Record<string, MailTemplate> = {
  "sign-in-link": signInLinkTemplate,
  "confirm-application": confirmApplicationTemplate,
  "rsvp-confirmation": rsvpConfirmationMail,
  ...invitationMailTemplates,
};
