import { z } from "zod";
import { PLACEHOLDER_CONTACT_EMAIL } from "../site/config";
import type { SellerDetails, VatTreatment } from "./invoice-snapshot";

export const STANDARD_VAT_PERCENT = 21;

const VAT_TREATMENTS = ["outside-scope", "exempt", "standard"] as const satisfies readonly VatTreatment[];

/** ISO 13616: move the country code and check digits to the end, letters to numbers, and the rest mod 97 is 1. */
function hasValidIbanChecksum(iban: string): boolean {
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

/** Trial defaults (an example address and the well-known example IBAN): a real deployment must replace them. */
export const PLACEHOLDER_INVOICE_SETTINGS = {
  INVOICE_SELLER_STREET: "Voorbeeldstraat 1",
  INVOICE_SELLER_POSTCODE: "1234 AB",
  INVOICE_SELLER_CITY: "Voorbeeldstad",
  INVOICE_IBAN: "NL91ABNA0417164300",
} as const;

const withoutSpaces = (value: string) => value.replace(/\s+/g, "").toUpperCase();

const settingsSchema = z
  .object({
    INVOICE_SELLER_NAME: z.string().default("Wmo transformatienetwerk"),
    INVOICE_SELLER_STREET: z.string().default(PLACEHOLDER_INVOICE_SETTINGS.INVOICE_SELLER_STREET),
    INVOICE_SELLER_POSTCODE: z
      .string()
      .regex(/^[1-9]\d{3}\s?[a-z]{2}$/i, { error: "geen Nederlandse postcode (zoals 1234 AB)" })
      .transform((postcode) => `${postcode.slice(0, 4)} ${postcode.slice(-2).toUpperCase()}`)
      .default(PLACEHOLDER_INVOICE_SETTINGS.INVOICE_SELLER_POSTCODE),
    INVOICE_SELLER_CITY: z.string().default(PLACEHOLDER_INVOICE_SETTINGS.INVOICE_SELLER_CITY),
    INVOICE_IBAN: z
      .string()
      .transform(withoutSpaces)
      .refine((iban) => /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban), { error: "geen IBAN (zoals NL91ABNA0417164300)", abort: true })
      .refine(hasValidIbanChecksum, { error: "het controlegetal klopt niet (een tikfout?)" })
      .default(PLACEHOLDER_INVOICE_SETTINGS.INVOICE_IBAN),
    INVOICE_BIC: z
      .string()
      .transform(withoutSpaces)
      .refine((bic) => /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic), { error: "geen BIC (zoals ABNANL2A)" })
      .optional(),
    INVOICE_KVK_NUMBER: z
      .string()
      .regex(/^\d{8}$/, { error: "een KvK-nummer heeft 8 cijfers" })
      .optional(),
    INVOICE_VAT_ID: z
      .string()
      .transform(withoutSpaces)
      .refine((vatId) => /^NL\d{9}B\d{2}$/.test(vatId), { error: "geen btw-identificatienummer (zoals NL001234567B01)" })
      .optional(),
    INVOICE_EMAIL: z.email({ error: "geen e-mailadres" }),
    INVOICE_VAT_TREATMENT: z.enum(VAT_TREATMENTS, { error: "onbekende btw-behandeling (kies outside-scope, exempt of standard)" }).default("outside-scope"),
    INVOICE_PAYMENT_TERM_DAYS: z
      .string()
      .regex(/^\d+$/, { error: "geen aantal dagen (1 tot en met 365)", abort: true })
      .transform(Number)
      .refine((days) => days >= 1 && days <= 365, { error: "geen aantal dagen (1 tot en met 365)" })
      .default(30),
  })
  // EN 16931 (BR-S-02, BR-E-02) wants the seller's VAT id on every invoice with standard-rated or exempt lines.
  .refine((settings) => settings.INVOICE_VAT_TREATMENT === "outside-scope" || settings.INVOICE_VAT_ID !== undefined, {
    path: ["INVOICE_VAT_ID"],
    error: "verplicht bij INVOICE_VAT_TREATMENT=exempt of standard",
  });

/** The network's details for its invoices, from INVOICE_* variables; throws a Dutch error naming a wrong one. */
export function sellerDetails(env: Record<string, string | undefined> = process.env): SellerDetails {
  const given = Object.fromEntries(Object.keys(settingsSchema.shape).map((name) => [name, env[name]?.trim() || undefined]));
  given.INVOICE_EMAIL ??= env.CONTACT_EMAIL?.trim() || PLACEHOLDER_CONTACT_EMAIL;
  const parsed = settingsSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Ongeldige factuurinstelling. ${problems.join("; ")}.`);
  }
  const settings = parsed.data;
  return {
    name: settings.INVOICE_SELLER_NAME,
    street: settings.INVOICE_SELLER_STREET,
    postcode: settings.INVOICE_SELLER_POSTCODE,
    city: settings.INVOICE_SELLER_CITY,
    countryCode: "NL",
    iban: settings.INVOICE_IBAN,
    bic: settings.INVOICE_BIC ?? null,
    kvkNumber: settings.INVOICE_KVK_NUMBER ?? null,
    vatId: settings.INVOICE_VAT_ID ?? null,
    email: settings.INVOICE_EMAIL,
    vatTreatment: settings.INVOICE_VAT_TREATMENT,
    paymentTermDays: settings.INVOICE_PAYMENT_TERM_DAYS,
  };
}

/**
 * The legal line on the invoice. A membership contribution that buys no particular supply or service is no
 * "levering of dienst onder bezwarende titel" (art. 1 and 4 Wet OB 1968), hence outside the scope of VAT.
 */
export function vatLine(treatment: VatTreatment): string {
  switch (treatment) {
    case "outside-scope":
      return "Niet onderworpen aan btw: de bijdrage is geen vergoeding voor een levering of dienst (art. 1 Wet OB 1968).";
    case "exempt":
      return "Vrijgesteld van btw (art. 11 Wet OB 1968).";
    case "standard":
      return `Btw ${STANDARD_VAT_PERCENT} %`;
  }
}

/**
 * The configured fee is what the municipality pays. With standard VAT that amount includes 21 %: the net amount
 * is rounded to the cent and the VAT is the rest, so net + VAT is always exactly the fee (€ 500 = 413,22 + 86,78).
 */
export function vatBreakdown(grossCents: number, treatment: VatTreatment): { netCents: number; vatCents: number } {
  if (treatment !== "standard") return { netCents: grossCents, vatCents: 0 };
  const netCents = Math.round((grossCents * 100) / (100 + STANDARD_VAT_PERCENT));
  return { netCents, vatCents: grossCents - netCents };
}
