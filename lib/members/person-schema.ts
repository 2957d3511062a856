import { z } from "zod";
import { checkboxField, emailField, idField, optionalPhoneField, optionalText, plainText } from "../forms/fields";

const organisationTypes = ["MUNICIPALITY", "MINISTRY", "VNG", "OTHER"] as const;
const roles = ["SECRETARY", "KERNCLUB", "MEMBER", "GUEST"] as const;

const personObject = z.object({
  name: plainText({ min: 2, max: 100, required: "Vul de naam in.", tooLong: "Een naam is hoogstens 100 tekens." }),
  email: emailField,
  phone: optionalPhoneField,
  jobTitle: optionalText(100, "Een functie is hoogstens 100 tekens."),
  organisationType: z.enum(organisationTypes, { error: "Kies waar deze persoon werkt." }),
  municipalityId: z.string().trim().max(40, "Kies een gemeente uit de lijst.").optional().default(""),
  organisationName: optionalText(120, "De naam van een organisatie is hoogstens 120 tekens."),
  role: z.enum(roles, { error: "Kies een rol." }),
});

type PersonShape = z.output<typeof personObject>;

/** A municipality is chosen for municipal staff, an organisation name is typed for ministries and others. */
function checkOrganisation(data: PersonShape, context: z.RefinementCtx) {
  if (data.organisationType === "MUNICIPALITY" && !data.municipalityId) {
    context.addIssue({ code: "custom", path: ["municipalityId"], message: "Kies de gemeente waar deze persoon werkt." });
  }
  if ((data.organisationType === "MINISTRY" || data.organisationType === "OTHER") && (data.organisationName ?? "").length < 2) {
    context.addIssue({ code: "custom", path: ["organisationName"], message: "Vul de naam van de organisatie in." });
  }
}

/** "Persoon toevoegen": the details plus the choice to send a welcome mail with a sign-in link. */
export const newPersonSchema = personObject.extend({ welcome: checkboxField }).superRefine(checkOrganisation);

/** Editing a person's details and role on their page. */
export const editPersonSchema = personObject.extend({ id: idField("Deze persoon bestaat niet (meer).") }).superRefine(checkOrganisation);

/** Deactivating or reactivating an account. */
export const personIdSchema = z.object({ id: idField("Deze persoon bestaat niet (meer).") });

export type PersonDetails = Omit<PersonShape, "municipalityId"> & { municipalityId: string };
