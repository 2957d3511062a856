import { z } from "zod";
import { checkboxField, idField, optionalText, plainText } from "../forms/fields";
import { slugify } from "../format/slug";

/** A Dutch postcode as "5000 LH", typed with or without the space and in any case; empty becomes null. */
const postcodeField = z
  .string()
  .trim()
  .toUpperCase()
  .refine((postcode) => postcode === "" || /^[1-9]\d{3} ?[A-Z]{2}$/.test(postcode), "Vul een Nederlandse postcode in, bijvoorbeeld 5000 LH.")
  .optional()
  .transform((postcode) => (postcode ? `${postcode.slice(0, 4)} ${postcode.slice(-2)}` : null));

/** "almere.nl, @almere.nl" → ["almere.nl"]: domains separated by commas, spaces or new lines. */
const admissionDomainsField = z
  .string()
  .optional()
  .transform((text) => [
    ...new Set(
      (text ?? "")
        .toLowerCase()
        .split(/[\s,;]+/)
        .map((domain) => domain.replace(/^@/, ""))
        .filter(Boolean),
    ),
  ])
  .refine(
    (domains) => domains.every((domain) => /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/.test(domain)),
    "Vul domeinen in zoals almere.nl, gescheiden door komma's.",
  )
  .refine((domains) => domains.length <= 10, "Hoogstens 10 domeinen.");

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
  invoiceStreet: optionalText(200, "Straat en huisnummer zijn samen hoogstens 200 tekens."),
  invoicePostcode: postcodeField,
  invoiceCity: optionalText(80, "Een plaatsnaam is hoogstens 80 tekens."),
  purchaseOrderNumber: optionalText(50, "Een opdrachtnummer is hoogstens 50 tekens."),
  oin: z
    .string()
    .trim()
    .refine((oin) => oin === "" || /^\d{20}$/.test(oin), "Een OIN bestaat uit 20 cijfers, bijvoorbeeld 00000001001234567000.")
    .optional()
    .transform((oin) => oin || null),
  wantsEInvoice: checkboxField,
  /** The municipality agreed to be named on /deelnemen in the years it takes part. */
  publicParticipant: checkboxField,
  admissionDomains: admissionDomainsField,
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

type MunicipalityShape = z.output<typeof municipalityObject>;

const addressParts = [
  ["invoiceStreet", "Vul ook de straat en het huisnummer (of de postbus) in."],
  ["invoicePostcode", "Vul ook de postcode in."],
  ["invoiceCity", "Vul ook de plaats in."],
] as const;

/**
 * The invoicing address is whole or empty: an invoice needs street, postcode and city. An e-invoice also needs the
 * OIN (its electronic address) and a reference of the municipality: an order number or a contact.
 */
function checkInvoicing(data: MunicipalityShape, context: z.RefinementCtx) {
  if (addressParts.some(([field]) => data[field])) {
    for (const [field, message] of addressParts) if (!data[field]) context.addIssue({ code: "custom", path: [field], message });
  }
  if (!data.wantsEInvoice) return;
  if (!data.oin) context.addIssue({ code: "custom", path: ["oin"], message: "Vul het OIN in: een e-factuur gaat naar het OIN. Of zet de e-factuur uit." });
  if (!data.purchaseOrderNumber && !data.invoiceContactName) {
    context.addIssue({
      code: "custom",
      path: ["invoiceContactName"],
      message: "Vul een contactpersoon of een opdrachtnummer in: een e-factuur heeft een referentie van de gemeente nodig.",
    });
  }
}

export const newMunicipalitySchema = municipalityObject.superRefine(checkInvoicing);

export const editMunicipalitySchema = municipalityObject.extend({ id: idField("Deze gemeente bestaat niet (meer).") }).superRefine(checkInvoicing);

export type MunicipalityDetails = MunicipalityShape;
