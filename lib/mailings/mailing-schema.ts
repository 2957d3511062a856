import { z } from "zod";
import { emailListField } from "../forms/email-list-field";
import { checkboxField, idField, optionalChoiceField, optionalIdField, plainText } from "../forms/fields";

export const MAILING_BODY_MAX = 20_000;

/** Whom of one meeting a mailing goes to: those who said they come, or those invited who did not answer yet. */
export const meetingGroups = ["attending", "no-answer"] as const;
export const meetingGroupLabels: Record<(typeof meetingGroups)[number], string> = {
  attending: "Wie heeft laten weten te komen",
  "no-answer": "Wie is uitgenodigd en nog niet heeft geantwoord",
};

export const mailingSchema = z.object({
  mailingId: optionalIdField("Dit bericht bestaat niet (meer)."),
  subject: plainText({ min: 3, max: 150, required: "Vul een onderwerp in van minstens 3 tekens.", tooLong: "Een onderwerp is hoogstens 150 tekens." }),
  body: plainText({
    min: 1,
    max: MAILING_BODY_MAX,
    required: "Schrijf de tekst van het bericht.",
    tooLong: `De tekst is hoogstens ${MAILING_BODY_MAX.toLocaleString("nl-NL")} tekens.`,
    multiline: true,
  }).transform((value) => value.replace(/\r\n?/g, "\n")),
  documentId: optionalIdField("Kies een document uit de lijst."),
  everyone: checkboxField,
  municipalityId: optionalIdField("Kies een gemeente uit de lijst."),
  kernclub: checkboxField,
  meetingId: optionalIdField("Kies een bijeenkomst uit de lijst."),
  meetingGroup: optionalChoiceField(meetingGroups, "Kies wie van de bijeenkomst."),
  extraEmails: emailListField,
});

export const mailingLabels = {
  subject: "Onderwerp",
  body: "Tekst",
  documentId: "Document meesturen",
  everyone: "Iedereen die dit jaar meedoet",
  municipalityId: "Iedereen van één gemeente",
  kernclub: "De kernclub",
  meetingId: "Bij één bijeenkomst",
  meetingGroup: "Wie van die bijeenkomst",
  extraEmails: "Extra e-mailadressen",
};

export type MailingInput = z.output<typeof mailingSchema>;

/** Who a mailing goes to, as stored with it (Mailing.audience) and resolved when it is sent. */
export type MailingAudience = Pick<MailingInput, "everyone" | "municipalityId" | "kernclub" | "meetingId" | "meetingGroup"> & { extraEmails: string[] };

export const mailingIdSchema = z.object({ mailingId: idField("Dit bericht bestaat niet (meer).") });

export const resendMailingMailSchema = z.object({
  mailingId: idField("Dit bericht bestaat niet (meer)."),
  mailId: idField("Dit verzonden bericht bestaat niet (meer)."),
});

/** The choice on /mijn-gegevens. */
export const mailingChoiceSchema = z.object({ receiveMailings: checkboxField });
