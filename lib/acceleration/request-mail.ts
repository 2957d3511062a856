import { email, type MailTemplate } from "../mail/mail-template";
import { contactEmail, siteUrl } from "../site/config";
import { newLinkToken } from "../auth/link-token";
import { UNCONFIRMED_REQUEST_DAYS } from "./confirmation-token";
import { accelerationConditions } from "./conditions";
import { conditionsOf } from "./list-requests";
import type { AccelerationStep } from "./status-steps";

export const CONFIRM_REQUEST_SUBJECT = "Bevestig je aanvraag voor het versnellingstraject";

/**
 * The confirmation mail. Its link's token is made when the mail is sent, in the sending transaction, and only its
 * hash is stored on the request. A second send (a retry) replaces the hash, so only the link in the latest message works.
 */
export const confirmAccelerationRequestTemplate: MailTemplate<{ requestId: string }> = {
  subject: () => CONFIRM_REQUEST_SUBJECT,
  content: async ({ tx, data: { requestId } }) => {
    const request = await tx.accelerationRequest.findFirst({
      where: { id: requestId, confirmedAt: null },
      select: { contactName: true, municipalityName: true },
    });
    if (!request) throw new Error(`Aanvraag versnellingstraject ${requestId} bestaat niet meer of is al bevestigd.`);
    const { token, hash } = newLinkToken();
    await tx.accelerationRequest.update({ where: { id: requestId }, data: { confirmationTokenHash: hash } });
    const url = `${siteUrl()}/versnellingstraject/bevestigen?${new URLSearchParams({ token })}`;
    return {
      body: email("AccelerationRequestConfirmationEmail", {
        contactName: request.contactName,
        municipalityName: request.municipalityName,
        url,
        validDays: UNCONFIRMED_REQUEST_DAYS,
      }),
    };
  },
};

const stepMails: Record<AccelerationStep, { subject: string; message: (municipality: string) => string }> = {
  intake: {
    subject: "Intakegesprek voor het versnellingstraject",
    message: (municipality) => `Voor de aanvraag van gemeente ${municipality} wordt een intakegesprek met Movisie gepland.`,
  },
  accept: {
    subject: "Je aanvraag voor het versnellingstraject is geaccepteerd",
    message: (municipality) => `Gemeente ${municipality} kan deelnemen aan het traject ‘versnelling transformatie sociaal domein’ van Movisie.`,
  },
  decline: {
    subject: "Over je aanvraag voor het versnellingstraject",
    message: (municipality) => `De aanvraag van gemeente ${municipality} voor het versnellingstraject van Movisie is afgewezen.`,
  },
};

/** The requester's mail for one step, with the secretary's note. */
export const accelerationRequestStepTemplate: MailTemplate<{ step: AccelerationStep; contactName: string; municipalityName: string; note: string }> = {
  subject: ({ step }) => stepMails[step].subject,
  content: ({ data: { step, contactName, municipalityName, note } }) => ({
    body: email("AccelerationRequestStepEmail", {
      heading: stepMails[step].subject,
      contactName,
      message: stepMails[step].message(municipalityName),
      note,
      contactEmail: contactEmail(),
    }),
  }),
};

/** The secretaries' notice of a newly confirmed request, saying whether it went to Movisie or must be passed on. */
export const newAccelerationRequestTemplate: MailTemplate<{ requestId: string; municipalityName: string; forwardedTo: string | null }> = {
  subject: ({ municipalityName }) => `Nieuwe aanvraag versnellingstraject: gemeente ${municipalityName}`,
  content: ({ data }) => ({
    body: email("NewAccelerationRequestEmail", {
      municipalityName: data.municipalityName,
      forwardedTo: data.forwardedTo,
      url: `${siteUrl()}/beheer/versnellingstraject/${data.requestId}`,
    }),
  }),
};

/** The whole request, to Movisie (MOVISIE_EMAIL), read when it is sent: a request erased meanwhile is not sent. */
export const accelerationRequestForMovisieTemplate: MailTemplate<{ requestId: string; municipalityName: string }> = {
  subject: ({ municipalityName }) => `Aanvraag versnellingstraject: gemeente ${municipalityName}`,
  content: async ({ tx, data: { requestId } }) => {
    const request = await tx.accelerationRequest.findUnique({
      where: { id: requestId },
      select: { municipalityName: true, contactName: true, contactRole: true, email: true, phone: true, client: true, question: true, conditions: true },
    });
    if (!request) throw new Error(`Aanvraag versnellingstraject ${requestId} bestaat niet meer.`);
    const conditions = conditionsOf(request.conditions).map((answer, index) => ({ condition: accelerationConditions[index] ?? "", ...answer }));
    return { body: email("AccelerationRequestForMovisieEmail", { ...request, conditions }) };
  },
};
