import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { invoiceFee } from "@/lib/fees/invoice-fee";
import { allocateInvoiceNumber } from "@/lib/fees/invoice-number";
import { renewMemberships } from "@/lib/fees/renew-memberships";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase, withSecondClient } from "./database";
import { buildFeeRecord } from "../support/builders/fee-record";
import { testActor } from "./support/test-actor";

const otherDb = withSecondClient();
const january = new Date("2027-01-15T10:00:00Z");

describe("invoice numbers and renewals under concurrency", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });

  it("gives 50 parallel invoices the numbers 2027-0001 to 2027-0050, none shared, none skipped", async () => {
    const fees = await Promise.all(Array.from({ length: 50 }, () => buildFeeRecord(db, { year: 2027 })));
    const results = await Promise.all(fees.map((fee, index) => invoiceFee(index % 2 ? otherDb : db, testActor, fee.id, january)));
    expect(results.every((result) => result.outcome === "done")).toBe(true);
    const numbers = (await db.invoice.findMany({ select: { number: true } })).map((invoice) => invoice.number).sort();
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, index) => `2027-${String(index + 1).padStart(4, "0")}`));
    expect(await db.feeRecord.count({ where: { status: "INVOICED" } })).toBe(50);
    expect(await db.invoice.groupBy({ by: ["feeRecordId"], _count: true })).toHaveLength(50);
  });

  it("gives the number of an invoice that was rolled back to the next one", async () => {
    await expect(
      db.$transaction(async (tx) => {
        expect(await allocateInvoiceNumber(tx, 2027)).toBe("2027-0001");
        throw new Error("afgebroken");
      }),
    ).rejects.toThrow("afgebroken");
    const { id: feeId } = await buildFeeRecord(db, { year: 2027 });
    await invoiceFee(db, testActor, feeId, january);
    expect((await db.invoice.findFirstOrThrow({ select: { number: true } })).number).toBe("2027-0001");
  });

  it("starts each year's series at 0001", async () => {
    const [december, january2028] = [await buildFeeRecord(db, { year: 2027 }), await buildFeeRecord(db, { year: 2027 })];
    await invoiceFee(db, testActor, december.id, new Date("2027-12-31T12:00:00Z"));
    // 00:30 in Amsterdam on 1 January is still 31 December in UTC: the Dutch date counts.
    await invoiceFee(db, testActor, january2028.id, new Date("2027-12-31T23:30:00Z"));
    expect((await db.invoice.findMany({ orderBy: { number: "asc" }, select: { number: true } })).map((invoice) => invoice.number)).toEqual([
      "2027-0001",
      "2028-0001",
    ]);
  });

  it("renews each membership once when two renewals run at the same time, and again creates nothing", async () => {
    const shared = "crediteuren@regio.test";
    await buildFeeRecord(db, { year: 2026, municipality: { invoiceContactEmail: shared } });
    await buildFeeRecord(db, { year: 2026, municipality: { invoiceContactEmail: shared } });
    const leaving = await buildFeeRecord(db, { year: 2026, municipality: { leavingAfterYear: 2026 } });
    await buildFeeRecord(db, { year: 2025 }); // did not take part in 2026
    const ministry = await buildPerson(db, {
      name: "Mira Ministerie",
      email: "mira@minvws.test",
      organisationType: "MINISTRY",
      memberships: { create: { year: 2026 } },
    });

    const [first, second] = await Promise.all([renewMemberships(db, testActor, 2027), renewMemberships(otherDb, testActor, 2027)]);
    expect([first.municipalities, second.municipalities].sort()).toEqual([0, 2]);
    expect(await db.membership.count({ where: { year: 2027 } })).toBe(2);
    expect(await db.membership.count({ where: { year: 2027, municipalityId: leaving.municipalityId } })).toBe(0);
    expect(await db.feeRecord.count({ where: { year: 2027, status: "OPEN", amountCents: 50000 } })).toBe(2);
    expect(await db.personalMembership.count({ where: { year: 2027, userId: ministry.id } })).toBe(1);
    const mails = await db.outboxMail.findMany({ where: { template: "membership-renewal" }, select: { to: true, templateData: true } });
    expect(mails.map((mail) => mail.to).sort()).toEqual([shared, "mira@minvws.test"]);
    expect((mails.find((mail) => mail.to === shared)!.templateData as { municipalities: string[] }).municipalities).toHaveLength(2);

    const again = await renewMemberships(db, testActor, 2027);
    expect(again).toMatchObject({ municipalities: 0, people: 0, mails: 0 });
    expect(await db.feeRecord.count({ where: { year: 2027 } })).toBe(2);
    expect(await db.outboxMail.count({ where: { template: "membership-renewal" } })).toBe(2);
  });
});
