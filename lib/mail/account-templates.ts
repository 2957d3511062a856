import { createSignInUrl } from "../auth/email-link";
import { applicationConfirmationToken } from "../members/application-confirmation-token";
import { siteUrl } from "../site/config";
import { email, type MailTemplate } from "./mail-template";

// Mails with a sign-in link: the link's token is made when the message is sent, in the sending transaction,
// so the queued row holds only where the link leads, never the link.

export const signInLinkTemplate: MailTemplate<{ callbackPath: string }> = {
  subject: () => "Je inloglink voor het Wmo transformatienetwerk",
  content: async ({ tx, to, data }) => ({ body: email("SignInLinkEmail", { url: await createSignInUrl(tx, to, data.callbackPath) }) }),
};

/** The answer to a sign-in request for an address without an account: the page says the same either way. */
export const noAccountTemplate: MailTemplate<Record<string, never>> = {
  subject: () => "Inloggen bij het Wmo transformatienetwerk",
  content: () => ({ body: email("NoAccountEmail", { signUpUrl: `${siteUrl()}/aanmelden` }) }),
};

/** Signs the applicant in and, on arrival, confirms this application (its own token: lib/members/application-confirmation-token.ts). */
export const confirmApplicationTemplate: MailTemplate<{ name: string; participation: string; applicationId: string }> = {
  subject: () => "Bevestig je aanmelding bij het Wmo transformatienetwerk",
  content: async ({ tx, to, data }) => {
    const token = await applicationConfirmationToken(tx, data.applicationId);
    const url = await createSignInUrl(tx, to, `/aanmelden/bevestigd?bevestiging=${token}`);
    return { body: email("ConfirmApplicationEmail", { name: data.name, participation: data.participation, url }) };
  },
};

/** The welcome mail for a person the secretary added by hand or imported, with a sign-in link to their own page. */
export const welcomeTemplate: MailTemplate<{ name: string }> = {
  subject: () => "Welkom bij het Wmo transformatienetwerk",
  content: async ({ tx, to, data }) => ({ body: email("WelcomeEmail", { name: data.name, signInUrl: await createSignInUrl(tx, to, "/mijn-gegevens") }) }),
};
