import { ConfirmApplicationEmail } from "@/emails/confirm-application";
import { SignInLinkEmail } from "@/emails/sign-in-link";
import { WelcomeEmail } from "@/emails/welcome";
import { createSignInUrl } from "../auth/email-link";
import { applicationConfirmationToken } from "../members/application-confirmation-token";
import { renderEmail } from "./render-email";
import type { MailTemplate } from "./templates";
import type { TemplateMail } from "./outbox";

// Mails with a sign-in link: the link's token is made when the message is sent, in the sending transaction,
// so the queued row holds only where the link leads, never the link.

export const SIGN_IN_SUBJECT = "Je inloglink voor het Wmo transformatienetwerk";
export const CONFIRM_APPLICATION_SUBJECT = "Bevestig je aanmelding bij het Wmo transformatienetwerk";
export const WELCOME_SUBJECT = "Welkom bij het Wmo transformatienetwerk";

export function signInLinkMail(callbackPath: string): TemplateMail {
  return { subject: SIGN_IN_SUBJECT, template: "sign-in-link", data: { callbackPath } };
}

export const signInLinkTemplate: MailTemplate = async ({ tx, to, data }) =>
  renderEmail(SIGN_IN_SUBJECT, <SignInLinkEmail url={await createSignInUrl(tx, to, String(data.callbackPath ?? "/mijn-gegevens"))} />);

export function confirmApplicationMail(name: string, participation: string, applicationId: string): TemplateMail {
  return { subject: CONFIRM_APPLICATION_SUBJECT, template: "confirm-application", data: { name, participation, applicationId } };
}

/** Signs the applicant in and, on arrival, confirms this application (its own token: lib/members/confirm-application.ts). */
export const confirmApplicationTemplate: MailTemplate = async ({ tx, to, data }) => {
  const token = await applicationConfirmationToken(tx, String(data.applicationId));
  return renderEmail(
    CONFIRM_APPLICATION_SUBJECT,
    <ConfirmApplicationEmail
      name={String(data.name ?? "")}
      participation={String(data.participation ?? "")}
      url={await createSignInUrl(tx, to, `/aanmelden/bevestigd?bevestiging=${token}`)}
    />,
  );
};

/** The welcome mail for a person the secretary added by hand, with a sign-in link to their own page. */
export function welcomeMail(name: string): TemplateMail {
  return { subject: WELCOME_SUBJECT, template: "welcome", data: { name, callbackPath: "/mijn-gegevens" } };
}

export const welcomeTemplate: MailTemplate = async ({ tx, to, data }) =>
  renderEmail(
    WELCOME_SUBJECT,
    <WelcomeEmail name={String(data.name ?? "")} signInUrl={await createSignInUrl(tx, to, String(data.callbackPath ?? "/mijn-gegevens"))} />,
  );
