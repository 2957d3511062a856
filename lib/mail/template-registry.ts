import { rsvpConfirmationMail } from "../meetings/rsvp-confirmation-mail";
import type { MailTemplate } from "./templates";

/** Every template a stored message can name (OutboxMail.template). */
export const mailTemplates: Record<string, MailTemplate> = {
  "rsvp-confirmation": rsvpConfirmationMail,
};
