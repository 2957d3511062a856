import { z } from "zod";
import { LINK_TOKEN_PATTERN } from "../auth/link-token";
import { emailField, idField, jobTitleField, nameField, optionalPhoneField, plainText } from "../forms/fields";
import { slugify } from "../format/slug";
import { accelerationSteps } from "./status-steps";

/** The six conditions of source text 004, numbered as on the page. */
const conditionNumbers = [1, 2, 3, 4, 5, 6] as const;
type ConditionNumber = (typeof conditionNumbers)[number];

const answerField = (number: ConditionNumber) => z.enum(["ja", "nee"], { error: `Kies bij voorwaarde ${number} ja of nee.` });
const explanationField = (number: ConditionNumber) =>
  plainText({ min: 2, max: 500, required: `Licht voorwaarde ${number} kort toe.`, tooLong: "Een toelichting is hoogstens 500 tekens.", multiline: true });

type ConditionShape = { [N in ConditionNumber as `condition${N}`]: ReturnType<typeof answerField> } & {
  [N in ConditionNumber as `condition${N}Explanation`]: ReturnType<typeof explanationField>;
};
const conditionShape = Object.fromEntries(
  conditionNumbers.flatMap((number) => [
    [`condition${number}`, answerField(number)],
    [`condition${number}Explanation`, explanationField(number)],
  ]),
) as ConditionShape;

/** One condition as stored on the request (AccelerationRequest.conditions), in the source's order. */
export const storedConditionSchema = z.object({ met: z.boolean(), explanation: z.string() });
export type StoredCondition = z.infer<typeof storedConditionSchema>;

/** One schema for the request form on /versnellingstraject and its server action. Unknown fields are dropped. */
export const accelerationRequestSchema = z
  .object({
    submissionId: z.uuid({ error: "Het formulier is verlopen. Laad de pagina opnieuw." }),
    municipalityName: plainText({
      min: 2,
      max: 80,
      required: "Vul de naam van je gemeente in.",
      tooLong: "De naam van een gemeente is hoogstens 80 tekens.",
    }).refine((name) => slugify(name).length >= 2, "Vul de naam van je gemeente in, in letters."),
    contactName: nameField,
    contactRole: jobTitleField,
    email: emailField,
    phone: optionalPhoneField,
    question: plainText({
      min: 10,
      max: 2000,
      required: "Beschrijf de vraag of transformatieopgave van je gemeente in een paar zinnen.",
      tooLong: "De vraag of opgave is hoogstens 2000 tekens.",
      multiline: true,
    }),
    client: plainText({
      min: 2,
      max: 200,
      required: "Vul in wie de opdrachtgever binnen je gemeente is.",
      tooLong: "De opdrachtgever is hoogstens 200 tekens.",
    }),
    ...conditionShape,
  })
  .transform(({ submissionId, municipalityName, contactName, contactRole, email, phone, question, client, ...answers }) => ({
    submissionId,
    municipalityName,
    contactName,
    contactRole,
    email,
    phone,
    question,
    client,
    conditions: conditionNumbers.map((number): StoredCondition => ({
      met: answers[`condition${number}`] === "ja",
      explanation: answers[`condition${number}Explanation`],
    })),
  }));

export type AccelerationRequestInput = z.output<typeof accelerationRequestSchema>;

/** The link's token (lib/auth/link-token.ts). */
export const confirmRequestSchema = z.object({
  token: z.string({ error: "Deze link is niet compleet." }).regex(LINK_TOKEN_PATTERN, "Deze link is niet compleet. Kopieer hem in zijn geheel uit de e-mail."),
});

/** The secretary's next step for one request, with the note that goes to the requester. */
export const moveRequestSchema = z.object({
  id: idField("Deze aanvraag bestaat niet (meer)."),
  step: z.enum(accelerationSteps, { error: "Kies de volgende stap." }),
  note: plainText({ min: 2, max: 2000, required: "Schrijf een bericht aan de aanvrager.", tooLong: "Een bericht is hoogstens 2000 tekens.", multiline: true }),
});
export type MoveRequestInput = z.output<typeof moveRequestSchema>;
