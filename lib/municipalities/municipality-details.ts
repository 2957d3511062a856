/**
 * The municipality's own details beside its name, as the admin form, the export and the import know them (the
 * invoicing details included): one list, so a new detail reaches all of them.
 */
export const municipalityDetailKeys = [
  "cbsCode",
  "invoiceContactName",
  "invoiceContactEmail",
  "invoiceStreet",
  "invoicePostcode",
  "invoiceCity",
  "purchaseOrderNumber",
  "oin",
] as const;

export type MunicipalityDetailKey = (typeof municipalityDetailKeys)[number];

/** A Prisma `select` of those details. */
export const municipalityDetailsSelect = Object.fromEntries(municipalityDetailKeys.map((key) => [key, true])) as Record<MunicipalityDetailKey, true>;
