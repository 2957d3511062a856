import { csvAmount, excelCsv } from "../format/excel-csv";
import { keyOfDate } from "./calendar-dates";
import { feeStatusLabels } from "./labels";
import type { FeeRegisterRow } from "./list-fee-register";

const columns = [
  { key: "municipality", header: "Gemeente" },
  { key: "year", header: "Jaar" },
  { key: "amount", header: "Bedrag" },
  { key: "status", header: "Status" },
  { key: "invoiceNumber", header: "Factuurnummer" },
  { key: "invoiceDate", header: "Factuurdatum" },
  { key: "dueDate", header: "Vervaldatum" },
  { key: "overdueDays", header: "Dagen te laat" },
  { key: "paidOn", header: "Betaald op" },
  { key: "reminders", header: "Herinneringen" },
  { key: "waivedReason", header: "Reden kwijtschelding" },
  { key: "contactName", header: "Contactpersoon facturen" },
  { key: "contactEmail", header: "E-mailadres facturen" },
  { key: "purchaseOrderNumber", header: "Opdrachtnummer" },
];

/** Dutch date order (15-01-2027), which Excel on a Dutch computer reads as a date. */
const dateCell = (date: Date | null | undefined) => (date ? keyOfDate(date).split("-").reverse().join("-") : "");

/** The fee register for Excel, amounts as 500,00. */
export function feeRegisterCsv(rows: FeeRegisterRow[]): string {
  return excelCsv(
    columns,
    rows.map((row) => ({
      municipality: row.municipality.name,
      year: String(row.year),
      amount: csvAmount(row.amountCents),
      status: feeStatusLabels[row.status],
      invoiceNumber: row.invoice?.number ?? "",
      invoiceDate: dateCell(row.invoice?.issuedOn),
      dueDate: dateCell(row.invoice?.dueOn),
      overdueDays: row.overdueDays ? String(row.overdueDays) : "",
      paidOn: dateCell(row.paidOn),
      reminders: String(row.reminderCount),
      waivedReason: row.waivedReason ?? "",
      contactName: row.municipality.invoiceContactName ?? "",
      contactEmail: row.municipality.invoiceContactEmail ?? "",
      purchaseOrderNumber: row.municipality.purchaseOrderNumber ?? "",
    })),
  );
}

export function feeRegisterCsvFileName(year: number) {
  return `bijdragen-${year}.csv`;
}
