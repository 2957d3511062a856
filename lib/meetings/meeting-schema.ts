import { z } from "zod";
import { checkboxField, dateField, optionalText, plainText } from "../forms/fields";
import { themeIdsField } from "../themes/theme-schema";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeField = z
  .string()
  .trim()
  .refine((value) => value === "" || TIME.test(value), "Vul een tijd in als uu:mm, bijvoorbeeld 13:00.")
  .optional()
  .transform((value) => value ?? "");

/** An optional whole number from `min` to `max`: empty becomes null. */
function optionalCount(min: number, max: number, message: string) {
  return z
    .string()
    .trim()
    .refine((value) => value === "" || (/^\d{1,6}$/.test(value) && Number(value) >= min && Number(value) <= max), message)
    .optional()
    .transform((value) => (value ? Number(value) : null));
}

/** The day after a YYYY-MM-DD date, as YYYY-MM-DD. */
export function nextDay(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** One schema for the meeting form (create and edit) and its server actions. */
export const meetingSchema = z
  .object({
    meetingId: z.string().trim().max(40).optional(),
    title: plainText({ min: 1, max: 200, required: "Vul een titel in.", tooLong: "Een titel is hoogstens 200 tekens." }),
    kind: z.enum(["MEETING", "TWENTY_FOUR_HOUR", "NETWORK_CAFE"], { error: "Kies het soort bijeenkomst." }),
    startDate: dateField("Vul een bestaande begindatum in, bijvoorbeeld 2026-11-12."),
    endDate: z
      .union([z.literal(""), dateField("Vul een bestaande einddatum in, bijvoorbeeld 2026-11-13.")])
      .optional()
      .transform((value) => value || null),
    timesKnown: checkboxField,
    startTime: timeField,
    endTime: timeField,
    tentative: checkboxField,
    location: optionalText(200, "Een locatie is hoogstens 200 tekens."),
    address: optionalText(500, "Een adres is hoogstens 500 tekens.", { multiline: true }),
    hostMunicipalityId: z
      .string()
      .trim()
      .max(40, "Kies een gemeente uit de lijst.")
      .regex(/^[A-Za-z0-9_-]*$/, "Kies een gemeente uit de lijst.")
      .optional()
      .transform((value) => value || null),
    description: optionalText(5000, "Een beschrijving is hoogstens 5000 tekens.", { multiline: true }),
    scheduleNote: optionalText(300, "Een opmerking over het programma is hoogstens 300 tekens."),
    status: z.enum(["concept", "gepubliceerd"], { error: "Kies of de bijeenkomst een concept is of gepubliceerd." }),
    capacity: optionalCount(1, 10000, "Vul het aantal plaatsen in als heel getal van 1 tot 10000, of laat het leeg."),
    dinnerCapacity: optionalCount(1, 10000, "Vul het aantal plaatsen voor het diner in als heel getal van 1 tot 10000, of laat het leeg."),
    overnightCapacity: optionalCount(1, 10000, "Vul het aantal overnachtingsplaatsen in als heel getal van 1 tot 10000, of laat het leeg."),
    answerDeadlineDate: z
      .union([z.literal(""), dateField("Vul een bestaande datum in voor de antwoordtermijn, bijvoorbeeld 2026-11-01.")])
      .optional()
      .transform((value) => value || null),
    answerDeadlineTime: timeField,
    reminderDaysBefore: optionalCount(1, 60, "Vul het aantal dagen voor de herinnering in als heel getal van 1 tot 60, of laat het leeg."),
    attendeeReminderDaysBefore: optionalCount(
      1,
      60,
      "Vul het aantal dagen voor de herinnering aan wie komen in als heel getal van 1 tot 60, of laat het leeg.",
    ),
    themeIds: themeIdsField,
  })
  .superRefine((data, ctx) => {
    const endDate = data.endDate ?? data.startDate;
    if (endDate < data.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "De einddatum ligt voor de begindatum. Kies een einddatum op of na de begindatum." });
    } else if (data.kind === "TWENTY_FOUR_HOUR" && endDate !== nextDay(data.startDate)) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "Een 24-uursbijeenkomst eindigt de dag na de begindag." });
    }
    if (data.kind !== "TWENTY_FOUR_HOUR") {
      const only = "Alleen een 24-uursbijeenkomst heeft aparte plaatsen voor diner en overnachting. Laat dit veld leeg.";
      if (data.dinnerCapacity !== null) ctx.addIssue({ code: "custom", path: ["dinnerCapacity"], message: only });
      if (data.overnightCapacity !== null) ctx.addIssue({ code: "custom", path: ["overnightCapacity"], message: only });
    }
    if (data.answerDeadlineDate && !data.answerDeadlineTime) {
      ctx.addIssue({ code: "custom", path: ["answerDeadlineTime"], message: "Vul ook de tijd van de antwoordtermijn in, bijvoorbeeld 17:00." });
    } else if (!data.answerDeadlineDate && data.answerDeadlineTime) {
      ctx.addIssue({ code: "custom", path: ["answerDeadlineDate"], message: "Vul ook de datum van de antwoordtermijn in, of maak de tijd leeg." });
    } else if (data.answerDeadlineDate && data.answerDeadlineDate > endDate) {
      ctx.addIssue({
        code: "custom",
        path: ["answerDeadlineDate"],
        message: "De antwoordtermijn ligt na de bijeenkomst. Kies een datum op of voor de laatste dag.",
      });
    }
    if (!data.timesKnown) return;
    if (!data.startTime)
      ctx.addIssue({ code: "custom", path: ["startTime"], message: "Vul de begintijd in, of zet het vinkje bij “De tijden zijn bekend” uit." });
    if (!data.endTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "Vul de eindtijd in, of zet het vinkje bij “De tijden zijn bekend” uit." });
    if (data.startTime && data.endTime && endDate === data.startDate && data.endTime <= data.startTime) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "De eindtijd ligt voor de begintijd. Kies een eindtijd na de begintijd." });
    }
  });

export type MeetingInput = z.output<typeof meetingSchema>;

/** The form's labels, for the error summary. */
export const meetingLabels: Record<string, string> = {
  title: "Titel",
  kind: "Soort bijeenkomst",
  startDate: "Begindatum",
  endDate: "Einddatum",
  timesKnown: "De tijden zijn bekend",
  startTime: "Begintijd",
  endTime: "Eindtijd",
  tentative: "Datum onder voorbehoud",
  location: "Locatie",
  address: "Adres",
  hostMunicipalityId: "Gastgemeente",
  description: "Beschrijving",
  scheduleNote: "Opmerking over het programma",
  status: "Status",
  capacity: "Aantal plaatsen",
  dinnerCapacity: "Plaatsen voor het diner",
  overnightCapacity: "Overnachtingsplaatsen",
  answerDeadlineDate: "Antwoorden kan tot (datum)",
  answerDeadlineTime: "Antwoorden kan tot (tijd)",
  reminderDaysBefore: "Herinnering, dagen vooraf",
  attendeeReminderDaysBefore: "Herinnering aan wie komen, dagen vooraf",
  themeIds: "Thema's",
};
