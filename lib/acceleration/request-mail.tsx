import { AccelerationRequestConfirmationEmail } from "@/emails/acceleration-request-confirmation";
import { AccelerationRequestStepEmail } from "@/emails/acceleration-request-step";
import { NewAccelerationRequestEmail } from "@/emails/new-acceleration-request";
import type { TemplateMail } from "../mail/outbox";
import { renderEmail } from "../mail/render-email";
import type { MailTemplate } from "../mail/templates";
import { contactEmail, siteUrl } from "../site/config";
import { newLinkToken } from "../auth/link-token";
import { UNCONFIRMED_REQUEST_DAYS } from "./confirmation-token";
import type { AccelerationStep } from "./status-steps";

export const CONFIRM_REQUEST_TEMPLATE = "confirm-acceleration-request";
export const CONFIRM_REQUEST_SUBJECT = "Bevestig je aanvraag voor het versnellingstraject";

/** The confirmation mail; its link is made when the mail is sent, never stored with the queued message. */
export function confirmRequestMail(requestId: string): TemplateMail {
  return { subject: CONFIRM_REQUEST_SUBJECT, template: CONFIRM_REQUEST_TEMPLATE, data: { requestId } };
}

/**
 * Makes the link's token in the sending transaction and stores only its hash on the request. A second send
 * (a retry) replaces the hash, so only the link in the latest message works.
 */
const confirmRequestTemplate: MailTemplate = async ({ tx, data }) => {
  const requestId = String(data.requestId);
  const request = await tx.accelerationRequest.findFirst({
    where: { id: requestId, confirmedAt: null },
    select: { contactName: true, municipalityName: true },
  });
  if (!request) throw new Error(`Aanvraag versnellingstraject ${requestId} bestaat niet meer of is al bevestigd.`);
  const { token, hash } = newLinkToken();
  await tx.accelerationRequest.update({ where: { id: requestId }, data: { confirmationTokenHash: hash } });
  const url = `${siteUrl()}/versnellingstraject/bevestigen?${new URLSearchParams({ token })}`;
  return renderEmail(
    CONFIRM_REQUEST_SUBJECT,
    <AccelerationRequestConfirmationEmail
      contactName={request.contactName}
      municipalityName={request.municipalityName}
      url={url}
      validDays={UNCONFIRMED_REQUEST_DAYS}
    />,
  );
};

export const accelerationMailTemplates: Record<string, MailTemplate> = { [CONFIRM_REQUEST_TEMPLATE]: confirmRequestTemplate };

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
export function renderStepMail(step: AccelerationStep, request: { contactName: string; municipalityName: string }, note: string) {
  const { subject, message } = stepMails[step];
  return renderEmail(
    subject,
    <AccelerationRequestStepEmail
      heading={subject}
      contactName={request.contactName}
      message={message(request.municipalityName)}
      note={note}
      contactEmail={contactEmail()}
    />,
  );
}

/** The secretaries' notice of a newly confirmed request. */
export function renderNewRequestNotice(request: { id: string; municipalityName: string }) {
  return renderEmail(
    `Nieuwe aanvraag versnellingstraject: gemeente ${request.municipalityName}`,
    <NewAccelerationRequestEmail municipalityName={request.municipalityName} url={`${siteUrl()}/beheer/versnellingstraject/${request.id}`} />,
  );
}
