import type { FeeStatus, InvoiceKind } from "../db/generated/enums";

export const feeStatusLabels: Record<FeeStatus, string> = {
  OPEN: "nog te factureren",
  INVOICED: "gefactureerd",
  PAID: "betaald",
  WAIVED: "kwijtgescholden",
  CREDITED: "gecrediteerd",
};

export const invoiceKindLabels: Record<InvoiceKind, string> = {
  INVOICE: "Factuur",
  CREDIT_NOTE: "Creditnota",
};
