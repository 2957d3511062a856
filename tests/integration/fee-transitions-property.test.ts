import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { creditInvoice } from "@/lib/fees/credit-invoice";
import type { FeeChangeResult } from "@/lib/fees/fee-change";
import { invoiceFee } from "@/lib/fees/invoice-fee";
import { recordPayment } from "@/lib/fees/record-payment";
import { sendInvoice } from "@/lib/fees/send-invoice";
import { sendPaymentReminder } from "@/lib/fees/send-payment-reminder";
import { waiveFee } from "@/lib/fees/waive-fee";
import { truncateAll, withFreshDatabase } from "./database";
import { buildFeeRecord } from "../support/builders/fee-record";
import { testActor } from "./support/test-actor";
import { fingerprint } from "./support/fingerprint";

const url = inject("databaseUrl");
const now = new Date("2027-02-01T10:00:00Z");

type Step = "invoice" | "send" | "pay" | "waive" | "credit" | "remind";
// remindedToday: at most one reminder a day per fee record, whichever invoice stands.
type Model = { status: "OPEN" | "INVOICED" | "PAID" | "WAIVED" | "CREDITED"; sent: boolean; remindedToday: boolean };

/** What the rules say, written out on their own so the test does not ask the code whether the code is right. */
function expected(model: Model, step: Step): Model | null {
  const fresh = model.status === "OPEN" || model.status === "CREDITED";
  switch (step) {
    case "invoice":
      return fresh ? { ...model, status: "INVOICED", sent: false } : null;
    case "send":
      if (fresh) return { ...model, status: "INVOICED", sent: true };
      return model.status === "INVOICED" && !model.sent ? { ...model, sent: true } : null;
    case "pay":
      return model.status === "INVOICED" ? { ...model, status: "PAID" } : null;
    case "waive":
      return fresh ? { ...model, status: "WAIVED" } : null;
    case "credit":
      return model.status === "INVOICED" ? { ...model, status: "CREDITED", sent: false } : null;
    case "remind":
      return model.status === "INVOICED" && !model.remindedToday ? { ...model, remindedToday: true } : null;
  }
}

function run(step: Step, id: string): Promise<FeeChangeResult> {
  switch (step) {
    case "invoice":
      return invoiceFee(db, testActor, id, now);
    case "send":
      return sendInvoice(db, testActor, id, { withEInvoice: false }, now);
    case "pay":
      return recordPayment(db, testActor, id, "2027-02-01", now);
    case "waive":
      return waiveFee(db, testActor, id, "Gastgemeente");
    case "credit":
      return creditInvoice(db, testActor, id, "Verkeerd adres", now);
    case "remind":
      return sendPaymentReminder(db, testActor, id, now);
  }
}

describe("fee status rules", () => {
  withFreshDatabase();

  it("refuses every forbidden step with a Dutch message and writes nothing; allowed steps move the status as the rules say", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom<Step>("invoice", "send", "pay", "waive", "credit", "remind"), { minLength: 1, maxLength: 8 }),
        async (steps) => {
          await truncateAll(url);
          const { id } = await buildFeeRecord(db, { year: 2027 });
          let model: Model = { status: "OPEN", sent: false, remindedToday: false };
          for (const step of steps) {
            const next = expected(model, step);
            const before = next ? null : await fingerprint(url);
            const result = await run(step, id);
            if (next) {
              expect(result, `${step} vanuit ${JSON.stringify(model)}`).toMatchObject({ outcome: "done" });
              model = next;
            } else {
              expect(result, `${step} vanuit ${JSON.stringify(model)}`).toMatchObject({ outcome: "refused", field: "id" });
              if (result.outcome === "refused")
                expect(result.message).toMatch(/^(Een|De|Kwijtschelden|Crediteren|Factuur|Vandaag) .*(kan niet|al verstuurd|al een herinnering)/);
              expect(await fingerprint(url)).toBe(before);
            }
            expect((await db.feeRecord.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe(model.status);
          }
          // However the steps went, the documents' numbers run 0001, 0002, … without a gap.
          const numbers = (await db.invoice.findMany({ orderBy: { number: "asc" }, select: { number: true } })).map((invoice) => invoice.number);
          expect(numbers).toEqual(numbers.map((_, index) => `2027-${String(index + 1).padStart(4, "0")}`));
        },
      ),
      { numRuns: 40 },
    );
  });
});
