import { accelerationMailTemplates } from "../acceleration/request-mail";
import { feeMailTemplates } from "../fees/fee-mail";
import { invitationMailTemplates } from "../invitations/invitation-templates";
import { rsvpConfirmationMail } from "../meetings/rsvp-confirmation-mail";
import { confirmApplicationTemplate, signInLinkTemplate, welcomeTemplate } from "./account-templates";
import type { MailTemplate } from "./templates";

/** Every template a stored message can name (OutboxMail.template). */
export const mailTemplates: Record<string, MailTemplate> = {
  "sign-in-link": signInLinkTemplate,
  "confirm-application": confirmApplicationTemplate,
  welcome: welcomeTemplate,
  "rsvp-confirmation": rsvpConfirmationMail,
  ...invitationMailTemplates,
  ...feeMailTemplates,
  ...accelerationMailTemplates,
};
