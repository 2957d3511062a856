import type { Prisma } from "../db/generated/client";

/** What an invoice needs of its municipality: who it is addressed to, where, and whether it wants an e-invoice. */
export const invoicedMunicipalitySelect = {
  id: true,
  name: true,
  invoiceContactName: true,
  invoiceContactEmail: true,
  invoiceStreet: true,
  invoicePostcode: true,
  invoiceCity: true,
  purchaseOrderNumber: true,
  oin: true,
  wantsEInvoice: true,
} as const satisfies Prisma.MunicipalitySelect;
