import { parse } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createYearFees } from "@/lib/fees/create-year-fees";
import { creditInvoice } from "@/lib/fees/credit-invoice";
import { feeRegisterCsv } from "@/lib/fees/fee-register-csv";
import { invoiceFee } from "@/lib/fees/invoice-fee";
import { listFeeRegister, listFeeRegisterForExport } from "@/lib/fees/list-fee-register";
import { recordPayment } from "@/lib/fees/record-payment";
import { sendInvoice } from "@/lib/fees/send-invoice";
import { sendPaymentReminder } from "@/lib/fees/send-payment-reminder";
import { waiveFee } from "@/lib/fees/waive-fee";
import { deliverPendingMail } from "@/lib/mail/deliver-mail";

import { buildMunicipality } from "../support/builders/municipality";
import { withFreshDatabase } from "./database";
import { buildFeeRecord } from "../support/builders/fee-record";
import { buildMunicipalMember } from "../support/builders/person";
import { withInvoiceKvkNumber } from "./support/invoicing-env";
import { testActor } from "./support/test-actor";
import { withTestSmtp } from "./support/test-smtp";

const issued = new Date("2027-01-15T10:00:00Z");
const later = new Date("2027-03-01T10:00:00Z");
const smtp = withTestSmtp();

const statusOf = async (id: string) => (await db.feeRecord.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("the fee register", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });
  withInvoiceKvkNumber();

  it("mails the invoice to the invoicing contact with the PDF and the e-invoice attached", async () => {
    const { id: feeId } = await buildFeeRecord(db, { year: 2027, municipality: { purchaseOrderNumber: "4500012345" } });
    const result = await sendInvoice(db, testActor, feeId, { withEInvoice: true }, issued);
    expect(result).toMatchObject({ outcome: "done" });
    expect(await statusOf(feeId)).toBe("INVOICED");
    expect(await deliverPendingMail(db)).toBe(1);

    const [mail] = smtp.received;
    const contact = (await db.municipality.findFirstOrThrow({ select: { invoiceContactEmail: true } })).invoiceContactEmail;
    expect(mail!.to).toMatchObject({ value: [{ address: contact }] });
    expect(mail!.subject).toBe("Factuur 2027-0001 Wmo transformatienetwerk");
    expect(mail!.attachments.map((file) => [file.filename, file.contentType])).toEqual([
      ["factuur-wmo-transformatienetwerk-2027-0001.pdf", "application/pdf"],
      ["factuur-wmo-transformatienetwerk-2027-0001.xml", "application/xml"],
    ]);
    expect(mail!.attachments[0]!.content.subarray(0, 5).toString()).toBe("%PDF-");
    const ubl = new XMLParser({ removeNSPrefix: true }).parse(mail!.attachments[1]!.content.toString("utf8"));
    expect(ubl.Invoice.ID).toBe("2027-0001");
    expect(String(ubl.Invoice.OrderReference.ID)).toBe("4500012345");

    const again = await sendInvoice(db, testActor, feeId, { withEInvoice: true }, issued);
    expect(again).toMatchObject({ outcome: "refused", field: "id", message: expect.stringContaining("al verstuurd") });
    expect(await db.outboxMail.count()).toBe(1);
  });

  it("sends only the PDF when the e-invoice is not chosen", async () => {
    const { id: feeId } = await buildFeeRecord(db, { year: 2027 });
    await sendInvoice(db, testActor, feeId, { withEInvoice: false }, issued);
    await deliverPendingMail(db);
    expect(smtp.received[0]!.attachments.map((file) => file.contentType)).toEqual(["application/pdf"]);
  });

  it("refuses to invoice a municipality without invoicing address, and writes nothing", async () => {
    const { id: feeId } = await buildFeeRecord(db, { year: 2027, municipality: { invoiceContactEmail: null, invoiceStreet: null } });
    expect(await invoiceFee(db, testActor, feeId, issued)).toMatchObject({ outcome: "refused", message: expect.stringContaining("factuuradres") });
    expect(await db.invoice.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
    expect(await statusOf(feeId)).toBe("OPEN");
  });

  it("cancels an invoice with a credit note, keeps both, and lets a new invoice follow", async () => {
    const { id: feeId } = await buildFeeRecord(db, { year: 2027 });
    await sendInvoice(db, testActor, feeId, { withEInvoice: false }, issued);
    expect(await waiveFee(db, testActor, feeId, "Verkeerd bedrag")).toMatchObject({
      outcome: "refused",
      message: expect.stringContaining("crediteer de factuur eerst"),
    });
    expect(await creditInvoice(db, testActor, feeId, "Verkeerd opdrachtnummer", later)).toMatchObject({ outcome: "done" });
    expect(await statusOf(feeId)).toBe("CREDITED");
    expect(await invoiceFee(db, testActor, feeId, later)).toMatchObject({ outcome: "done" });
    const documents = await db.invoice.findMany({
      orderBy: { number: "asc" },
      select: { number: true, kind: true, creditsInvoice: { select: { number: true } } },
    });
    expect(documents).toEqual([
      { number: "2027-0001", kind: "INVOICE", creditsInvoice: null },
      { number: "2027-0002", kind: "CREDIT_NOTE", creditsInvoice: { number: "2027-0001" } },
      { number: "2027-0003", kind: "INVOICE", creditsInvoice: null },
    ]);
    await deliverPendingMail(db);
    expect(smtp.received.map((mail) => mail.subject)).toEqual(["Factuur 2027-0001 Wmo transformatienetwerk", "Creditnota 2027-0002 Wmo transformatienetwerk"]);
    expect(smtp.received[1]!.attachments[0]!.filename).toBe("creditnota-wmo-transformatienetwerk-2027-0002.pdf");
    const actions = (await db.auditEntry.findMany({ where: { entityId: feeId }, orderBy: { createdAt: "asc" }, select: { action: true } })).map(
      (entry) => entry.action,
    );
    expect(actions).toEqual(["fee.send", "fee.credit", "fee.invoice"]);
  });

  it("books a payment on a valid date only", async () => {
    const { id: feeId } = await buildFeeRecord(db, { year: 2027 });
    await invoiceFee(db, testActor, feeId, issued);
    expect(await recordPayment(db, testActor, feeId, "2027-03-02", later)).toMatchObject({
      outcome: "refused",
      field: "paidOn",
      message: expect.stringContaining("toekomst"),
    });
    expect(await recordPayment(db, testActor, feeId, "2027-01-14", later)).toMatchObject({
      outcome: "refused",
      field: "paidOn",
      message: expect.stringContaining("vóór de factuurdatum"),
    });
    expect(await statusOf(feeId)).toBe("INVOICED");
    expect(await recordPayment(db, testActor, feeId, "2027-02-10", later)).toMatchObject({ outcome: "done" });
    const fee = await db.feeRecord.findUniqueOrThrow({ where: { id: feeId }, select: { status: true, paidOn: true } });
    expect(fee).toEqual({ status: "PAID", paidOn: new Date("2027-02-10T00:00:00Z") });
    expect(await creditInvoice(db, testActor, feeId, "Toch niet", later)).toMatchObject({
      outcome: "refused",
      message: expect.stringContaining("al betaald"),
    });
  });

  it("sends payment reminders to the invoicing contact only, at most one a day, with the invoice attached", async () => {
    const { id: feeId, municipalityId } = await buildFeeRecord(db, { year: 2027 });
    await invoiceFee(db, testActor, feeId, issued);
    await buildMunicipalMember(db, municipalityId, { name: "Collega", email: "collega@gemeente.test" });
    expect(await sendPaymentReminder(db, testActor, feeId, later)).toMatchObject({ outcome: "done" });
    expect(await sendPaymentReminder(db, testActor, feeId, later)).toMatchObject({ outcome: "refused", message: expect.stringContaining("Vandaag") });
    expect(await sendPaymentReminder(db, testActor, feeId, new Date("2027-03-08T10:00:00Z"))).toMatchObject({ outcome: "done" });
    await deliverPendingMail(db);
    const { invoiceContactEmail } = await db.municipality.findFirstOrThrow({ select: { invoiceContactEmail: true } });
    const reminder = [invoiceContactEmail, "Herinnering: factuur 2027-0001 Wmo transformatienetwerk"];
    expect(smtp.received.map((mail) => [mail.to && "value" in mail.to ? mail.to.value[0]!.address : null, mail.subject])).toEqual([reminder, reminder]);
    expect(smtp.received[0]!.attachments[0]!.filename).toBe("factuur-wmo-transformatienetwerk-2027-0001.pdf");
    expect((await db.feeRecord.findUniqueOrThrow({ where: { id: feeId } })).reminderCount).toBe(2);
  });

  it("creates the year's records for the municipalities taking part, once", async () => {
    const municipalities = await Promise.all(["Aa en Hunze", "Breda"].map((name) => buildMunicipality(db, { name, memberships: { create: { year: 2027 } } })));
    await buildMunicipality(db, { name: "Cranendonck", memberships: { create: { year: 2026 } } });
    expect(await createYearFees(db, testActor, 2027)).toEqual({ created: 2 });
    expect(await createYearFees(db, testActor, 2027)).toEqual({ created: 0 });
    const fees = await db.feeRecord.findMany({ where: { year: 2027 }, select: { municipalityId: true, amountCents: true, status: true } });
    expect(fees.map((fee) => fee.municipalityId).sort()).toEqual(municipalities.map((municipality) => municipality.id).sort());
    expect(fees.every((fee) => fee.amountCents === 50000 && fee.status === "OPEN")).toBe(true);
    expect(await db.auditEntry.count({ where: { action: "fee.create" } })).toBe(2);
  });

  it("totals per status, finds overdue invoices, and exports what Excel opens: BOM, semicolons, 500,00", async () => {
    await buildFeeRecord(db, { year: 2027 });
    const [{ id: overdue }, { id: paid }, { id: waived }] = [
      await buildFeeRecord(db, { year: 2027 }),
      await buildFeeRecord(db, { year: 2027 }),
      await buildFeeRecord(db, { year: 2027 }),
    ];
    await invoiceFee(db, testActor, overdue, issued);
    await invoiceFee(db, testActor, paid, issued);
    await recordPayment(db, testActor, paid, "2027-02-01", later);
    await waiveFee(db, testActor, waived, "Gastgemeente van de 24-uursbijeenkomst");

    const register = await listFeeRegister(db, { year: 2027, status: null, q: "", overdue: false, page: 1 }, later);
    expect(Object.fromEntries(register.totals.map((total) => [total.status, [total.count, total.amountCents]]))).toEqual({
      OPEN: [1, 50000],
      INVOICED: [1, 50000],
      PAID: [1, 50000],
      WAIVED: [1, 50000],
    });
    const late = await listFeeRegister(db, { year: 2027, status: null, q: "", overdue: true, page: 1 }, later);
    expect(late.items.map((row) => [row.id, row.overdueDays])).toEqual([[overdue, 15]]);
    expect((await listFeeRegister(db, { year: 2027, status: null, q: "", overdue: true, page: 1 }, new Date("2027-02-14T10:00:00Z"))).items).toEqual([]);

    const csv = feeRegisterCsv(await listFeeRegisterForExport(db, { year: 2027, status: null, q: "", overdue: false }, later));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.Bedrag === "500,00")).toBe(true);
    const lateRow = rows.find((row) => row.Factuurnummer && row.Status === "gefactureerd")!;
    expect(lateRow).toMatchObject({ Vervaldatum: "14-02-2027", "Dagen te laat": "15" });
    expect(rows.find((row) => row.Status === "kwijtgescholden")!["Reden kwijtschelding"]).toBe("Gastgemeente van de 24-uursbijeenkomst");
    expect(rows.filter((row) => row.Status === "nog te factureren").map((row) => row.Gemeente)).toHaveLength(1);
  });
});
