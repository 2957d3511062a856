import { z } from "zod";
import { slugify } from "../format/slug";
import { emailField, jobTitleField, nameField, optionalPhoneField, plainText } from "../forms/fields";

export const NEW_MUNICIPALITY = "nieuw";

export const organisationTypeLabels = {
  MUNICIPALITY: "Gemeente",
  MINISTRY: "Ministerie",
  VNG: "VNG",
  OTHER: "Andere organisatie",
} as const;

export const participationLabels = {
  ONE_MEETING: "Ik doe een keer mee",
  THIS_YEAR: "Ik doe dit jaar mee",
} as const;

const optionalText = (max: number, message: string) => plainText({ max, tooLong: message }).optional().default("");

/** One schema for the sign-up form and its server action. Unknown fields are dropped. */
export const signUpSchema = z
  .object({
    submissionId: z.uuid({ error: "Het formulier is verlopen. Laad de pagina opnieuw." }),
    name: nameField,
    email: emailField,
    phone: optionalPhoneField,
    jobTitle: jobTitleField,
    organisationType: z.enum(["MUNICIPALITY", "MINISTRY", "VNG", "OTHER"], { error: "Kies waar je werkt." }),
    municipalityId: optionalText(40, "Kies je gemeente uit de lijst."),
    newMunicipality: optionalText(80, "De naam van een gemeente is hoogstens 80 tekens."),
    organisationName: optionalText(120, "De naam van je organisatie is hoogstens 120 tekens."),
    participation: z.enum(["ONE_MEETING", "THIS_YEAR"], { error: "Kies hoe je mee wilt doen." }),
    meetingId: optionalText(40, "Kies een bijeenkomst uit de lijst."),
  })
  .superRefine((data, context) => {
    if (data.organisationType === "MUNICIPALITY") {
      if (!data.municipalityId) {
        context.addIssue({ code: "custom", path: ["municipalityId"], message: "Kies je gemeente, of kies ‘Mijn gemeente staat er niet bij’." });
      } else if (data.municipalityId === NEW_MUNICIPALITY && (data.newMunicipality.length < 2 || slugify(data.newMunicipality).length < 2)) {
        context.addIssue({ code: "custom", path: ["newMunicipality"], message: "Vul de naam van je gemeente in, in letters." });
      }
    }
    if ((data.organisationType === "MINISTRY" || data.organisationType === "OTHER") && data.organisationName.length < 2) {
      context.addIssue({ code: "custom", path: ["organisationName"], message: "Vul de naam van je organisatie in." });
    }
    if (data.participation === "ONE_MEETING" && !data.meetingId) {
      context.addIssue({ code: "custom", path: ["meetingId"], message: "Kies de bijeenkomst waar je een keer aan meedoet." });
    }
  });

export type SignUpInput = z.infer<typeof signUpSchema>;
