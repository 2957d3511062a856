// Every message's component, by the name a template gives it (lib/mail/mail-template.ts `email`). Loaded only when a
// message is rendered (lib/mail/render-mail.ts), so a page whose action queues mail does not carry React Email.
export { AccelerationRequestConfirmationEmail } from "./acceleration-request-confirmation";
export { AccelerationRequestForMovisieEmail } from "./acceleration-request-for-movisie";
export { AccelerationRequestStepEmail } from "./acceleration-request-step";
export { ApplicationApprovedEmail } from "./application-approved";
export { ApplicationRejectedEmail } from "./application-rejected";
export { ConfirmApplicationEmail } from "./confirm-application";
export { InvoiceEmail } from "./invoice";
export { MailingEmail } from "./mailing";
export { MeetingAttendeeReminderEmail } from "./meeting-attendee-reminder";
export { MeetingCancelledEmail } from "./meeting-cancelled";
export { MeetingInvitationEmail } from "./meeting-invitation";
export { MeetingReminderEmail } from "./meeting-reminder";
export { MeetingUpdateEmail } from "./meeting-update";
export { MembershipRenewalEmail } from "./membership-renewal";
export { NewAccelerationRequestEmail } from "./new-acceleration-request";
export { NewApplicationEmail } from "./new-application";
export { NoAccountEmail } from "./no-account";
export { RsvpConfirmationEmail } from "./rsvp-confirmation";
export { SignInLinkEmail } from "./sign-in-link";
export { WelcomeEmail } from "./welcome";
