import { email, type MailTemplate } from "../mail/mail-template";
import { contactEmail, siteUrl } from "../site/config";

/** The secretaries' notice of a sign-up. */
export const newApplicationTemplate: MailTemplate<{ name: string; email: string; organisation: string; participation: string }> = {
  subject: ({ name }) => `Nieuwe aanmelding: ${name}`,
  content: ({ data }) => ({ body: email("NewApplicationEmail", data) }),
};

/** `message`: the secretary's own words, if any. */
export const applicationApprovedTemplate: MailTemplate<{ name: string; participation: string; message: string | null }> = {
  subject: () => "Je aanmelding is goedgekeurd",
  content: ({ data }) => ({ body: email("ApplicationApprovedEmail", { ...data, signInUrl: `${siteUrl()}/inloggen` }) }),
};

export const applicationRejectedTemplate: MailTemplate<{ name: string; message: string | null }> = {
  subject: () => "Over je aanmelding bij het Wmo transformatienetwerk",
  content: ({ data }) => ({ body: email("ApplicationRejectedEmail", { ...data, contactEmail: contactEmail() }) }),
};
