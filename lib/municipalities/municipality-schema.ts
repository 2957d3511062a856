import { z } from "zod";
import { checkboxField, idField, optionalText, plainText } from "../forms/fields";
import { slugify } from "../format/slug";

const municipalityObject = z.object({
  name: plainText({ min: 2, max: 80, required: "Vul de naam van de gemeente in.", tooLong: "De naam van een gemeente is hoogstens 80 tekens." }).refine(
    (name) => name.length < 2 || slugify(name) !== "",
    "Gebruik letters of cijfers in de naam van de gemeente.",
  ),
  cbsCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => code === "" || /^GM\d{4}$/.test(code), "Vul een CBS-code in als GM en vier cijfers, bijvoorbeeld GM0855.")
    .optional()
    .transform((code) => code || null),
  invoiceContactName: optionalText(100, "Een naam is hoogstens 100 tekens."),
  invoiceContactEmail: z
    .string()
    .trim()
    .max(254, "Een e-mailadres is hoogstens 254 tekens.")
    .toLowerCase()
    .refine((email) => email === "" || z.email().safeParse(email).success, "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.")
    .optional()
    .transform((email) => email || null),
  invoiceAddress: optionalText(500, "Een adres is hoogstens 500 tekens.", { multiline: true }),
  purchaseOrderNumber: optionalText(50, "Een opdrachtnummer is hoogstens 50 tekens."),
  oin: z
    .string()
    .trim()
    .refine((oin) => oin === "" || /^\d{20}$/.test(oin), "Een OIN bestaat uit 20 cijfers, bijvoorbeeld 00000001001234567000.")
    .optional()
    .transform((oin) => oin || null),
  wantsEInvoice: checkboxField,
  leavingAfterYear: z
    .string()
    .trim()
    .refine(
      (year) => year === "" || (/^\d{4}$/.test(year) && Number(year) >= 2010 && Number(year) <= 2100),
      "Vul een jaartal in, bijvoorbeeld 2027, of laat het veld leeg.",
    )
    .optional()
    .transform((year) => (year ? Number(year) : null)),
});

export const newMunicipalitySchema = municipalityObject;
export const newMunicipalityFields = [
  "name",
  "cbsCode",
  "invoiceContactName",
  "invoiceContactEmail",
  "invoiceAddress",
  "purchaseOrderNumber",
  "oin",
  "wantsEInvoice",
  "leavingAfterYear",
] as const;

export const editMunicipalitySchema = municipalityObject.extend({ id: idField("Deze gemeente bestaat niet (meer).") });
export const editMunicipalityFields = ["id", ...newMunicipalityFields] as const;

export type MunicipalityDetails = z.output<typeof municipalityObject>;
