import { afterAll, beforeEach } from "vitest";

/** The network's KvK number, which an e-invoice needs (lib/fees/einvoice-refusal.ts), set again before each test. */
export function withInvoiceKvkNumber() {
  beforeEach(() => {
    process.env.INVOICE_KVK_NUMBER = "12345678";
  });
  afterAll(() => {
    delete process.env.INVOICE_KVK_NUMBER;
  });
}
