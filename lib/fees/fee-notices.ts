import type { FeeAction } from "./fee-transitions";
import type { FeePage } from "./load-fee";

/**
 * The confirmation on a fee's page after an action (?gedaan=send): the action redirects there, so the message
 * survives the page changing underneath it (the form that was used may be gone) and works without JavaScript.
 */
export function feeNoticeOf(action: string, fee: FeePage): string | null {
  const invoice = fee.standing ?? fee.invoices.findLast((document) => document.kind === "INVOICE");
  const creditNote = fee.invoices.findLast((document) => document.kind === "CREDIT_NOTE");
  const notices: Record<FeeAction, string | null> = {
    invoice: invoice ? `Factuur ${invoice.number} is gemaakt.` : null,
    send: invoice ? `Factuur ${invoice.number} is verstuurd naar ${fee.municipality.invoiceContactEmail}.` : null,
    pay: invoice ? `De betaling van factuur ${invoice.number} is geboekt.` : null,
    waive: `De bijdrage van gemeente ${fee.municipality.name} voor ${fee.year} is kwijtgescholden.`,
    credit: creditNote ? `Factuur ${creditNote.creditsInvoice?.number} is gecrediteerd met creditnota ${creditNote.number}.` : null,
    remind: invoice ? `De herinnering voor factuur ${invoice.number} is verstuurd naar ${fee.municipality.invoiceContactEmail}.` : null,
  };
  return action in notices ? notices[action as FeeAction] : null;
}
