import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { invoiceFee } from "@/lib/fees/invoice-fee";
import { loadFee } from "@/lib/fees/load-fee";
import { sendInvoice } from "@/lib/fees/send-invoice";
import { deliverPendingMail } from "@/lib/mail/deliver-mail";

import { withFreshDatabase } from "./database";
import { buildFeeRecord } from "../support/builders/fee-record";
import { withInvoiceKvkNumber } from "./support/invoicing-env";
import { testActor } from "./support/test-actor";
import { withTestSmtp } from "./support/test-smtp";

const issued = new Date("2027-01-15T10:00:00Z");
const smtp = withTestSmtp();

const contentTypes = () => smtp.received.map((mail) => mail.attachments.map((file) => file.contentType));

describe("e-invoices the rules would refuse are not made", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });
  withInvoiceKvkNumber();

  it("refuses to send an e-invoice to a municipality without OIN, next to the choice, and issues nothing; the PDF alone goes", async () => {
    const { id: feeId } = await buildFeeRecord(db, { year: 2027, municipality: { oin: null } });
    expect(await sendInvoice(db, testActor, feeId, { withEInvoice: true }, issued)).toEqual({
      outcome: "refused",
      field: "withEInvoice",
      message: expect.stringContaining("vul het OIN van gemeente Testgemeente"),
    });
    expect(await db.invoice.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
    expect(await db.outboxMail.count()).toBe(0);

    expect(await sendInvoice(db, testActor, feeId, { withEInvoice: false }, issued)).toEqual({ outcome: "done" });
    await deliverPendingMail(db);
    expect(contentTypes()).toEqual([["application/pdf"]]);
  });

  it("refuses an e-invoice without the network's KvK number, naming INVOICE_KVK_NUMBER", async () => {
    delete process.env.INVOICE_KVK_NUMBER;
    const { id: feeId } = await buildFeeRecord(db, { year: 2027 });
    expect(await sendInvoice(db, testActor, feeId, { withEInvoice: true }, issued)).toMatchObject({
      outcome: "refused",
      field: "withEInvoice",
      message: expect.stringContaining("INVOICE_KVK_NUMBER"),
    });
    expect(await db.invoice.count()).toBe(0);
  });

  it("an invoice issued without OIN stays without: filling it in later does not change the issued invoice", async () => {
    const { id: feeId } = await buildFeeRecord(db, { year: 2027, municipality: { name: "Tilburg", oin: null } });
    expect(await invoiceFee(db, testActor, feeId, issued)).toEqual({ outcome: "done" });
    await db.municipality.updateMany({ data: { oin: "00000001002564440000" } });
    expect(await sendInvoice(db, testActor, feeId, { withEInvoice: true }, issued)).toMatchObject({
      outcome: "refused",
      message: expect.stringContaining("Factuur 2027-0001 is al gemaakt zonder die gegevens"),
    });
    const page = await loadFee(db, feeId);
    expect(page!.invoices.map((invoice) => invoice.eInvoiceRefusal)).toEqual([expect.stringContaining("OIN")]);
    expect(page!.municipality.invoiceAddress).toBe("Postbus 90155\n5000 LH Tilburg");
  });

  it("mails an invoice from before the address had parts with its e-invoice when its address splits, else with the PDF alone", async () => {
    const [{ id: splits }, { id: whole }] = [await buildFeeRecord(db, { year: 2027 }), await buildFeeRecord(db, { year: 2027 })];
    for (const [feeId, address] of [
      [splits, "Postbus 1, 5000 LH Tilburg"],
      [whole, "Postbus 1, Tilburg"],
    ] as const) {
      await invoiceFee(db, testActor, feeId, issued);
      const invoice = await db.invoice.findFirstOrThrow({ where: { feeRecordId: feeId }, select: { id: true, buyer: true } });
      const { street: _street, postcode: _postcode, city: _city, ...buyer } = invoice.buyer as Record<string, unknown>;
      await db.invoice.update({ where: { id: invoice.id }, data: { buyer: { ...buyer, address } } });
      expect(await sendInvoice(db, testActor, feeId, { withEInvoice: false }, issued)).toEqual({ outcome: "done" });
      await db.invoice.update({ where: { id: invoice.id }, data: { withEInvoice: true } });
    }
    await deliverPendingMail(db);
    const [first, second] = [...smtp.received].sort((a, b) => String(a.subject).localeCompare(String(b.subject)));
    expect(first!.attachments.map((file) => file.contentType)).toEqual(["application/pdf", "application/xml"]);
    const ubl = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(first!.attachments[1]!.content.toString("utf8"));
    expect(ubl.Invoice.AccountingCustomerParty.Party.PostalAddress).toMatchObject({ StreetName: "Postbus 1", PostalZone: "5000 LH", CityName: "Tilburg" });
    expect(second!.attachments.map((file) => file.contentType)).toEqual(["application/pdf"]);
    expect(second!.text).not.toContain("e-factuur");
  });
});
