import {
  accelerationRequestForMovisieTemplate,
  accelerationRequestStepTemplate,
  confirmAccelerationRequestTemplate,
  newAccelerationRequestTemplate,
} from "../acceleration/request-mail";
import { invoiceTemplate, renewalTemplate } from "../fees/fee-mail";
import { meetingAttendeeReminderTemplate } from "../invitations/attendee-reminder-mail";
import { meetingCancelledTemplate, meetingInvitationTemplate, meetingReminderTemplate, meetingUpdateTemplate } from "../invitations/invitation-mail";
import { mailingTemplate } from "../mailings/mailing-mail";
import { rsvpConfirmationTemplate } from "../meetings/rsvp-confirmation-mail";
import { applicationApprovedTemplate, applicationRejectedTemplate, newApplicationTemplate } from "../members/application-mail";
import { confirmApplicationTemplate, noAccountTemplate, signInLinkTemplate, welcomeTemplate } from "./account-templates";
import type { MailData, MailTemplate } from "./mail-template";

/**
 * Every message the site sends, by the name the outbox stores with it (OutboxMail.template). Queuing one
 * (lib/mail/outbox.ts) takes its name and the data its template needs, checked against each other.
 */
export const mailTemplates = {
  "sign-in-link": signInLinkTemplate,
  "no-account": noAccountTemplate,
  "confirm-application": confirmApplicationTemplate,
  welcome: welcomeTemplate,
  "new-application": newApplicationTemplate,
  "application-approved": applicationApprovedTemplate,
  "application-rejected": applicationRejectedTemplate,
  "meeting-invitation": meetingInvitationTemplate,
  "meeting-update": meetingUpdateTemplate,
  "meeting-cancelled": meetingCancelledTemplate,
  "meeting-reminder": meetingReminderTemplate,
  "meeting-attendee-reminder": meetingAttendeeReminderTemplate,
  "rsvp-confirmation": rsvpConfirmationTemplate,
  invoice: invoiceTemplate,
  "membership-renewal": renewalTemplate,
  "confirm-acceleration-request": confirmAccelerationRequestTemplate,
  "acceleration-request-step": accelerationRequestStepTemplate,
  "new-acceleration-request": newAccelerationRequestTemplate,
  "acceleration-request-for-movisie": accelerationRequestForMovisieTemplate,
  mailing: mailingTemplate,
} satisfies Record<string, MailTemplate<never>>;

export type TemplateName = keyof typeof mailTemplates;

/** The data a template needs, as `queueMail` checks it. */
export type TemplateData<Name extends TemplateName> = (typeof mailTemplates)[Name] extends MailTemplate<infer Data> ? Data : never;

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(mailTemplates, name);
}

/** A template with its data's type left out, for the code that handles every kind alike: its data was checked where it was queued. */
export function templateOf(name: TemplateName): MailTemplate<MailData> {
  return mailTemplates[name] as unknown as MailTemplate<MailData>;
}
