import type { FeeStatus } from "../db/generated/enums";

/** What the secretary can do with a fee record. */
export type FeeAction = "invoice" | "send" | "pay" | "waive" | "credit" | "remind";

/**
 * The statuses each action starts from. A record only moves forward: open → invoiced → paid, open → waived;
 * an invoice is undone only by a credit note (invoiced → credited), after which a new invoice or a waiver may follow.
 */
const allowedFrom: Record<FeeAction, readonly FeeStatus[]> = {
  invoice: ["OPEN", "CREDITED"],
  // Sending an open record invoices it first.
  send: ["OPEN", "CREDITED", "INVOICED"],
  pay: ["INVOICED"],
  waive: ["OPEN", "CREDITED"],
  credit: ["INVOICED"],
  remind: ["INVOICED"],
};

export function isAllowed(action: FeeAction, status: FeeStatus): boolean {
  return allowedFrom[action].includes(status);
}

const statusReasons: Record<FeeStatus, string> = {
  OPEN: "er is nog geen factuur",
  INVOICED: "de factuur staat open; crediteer de factuur eerst",
  PAID: "de bijdrage is al betaald",
  WAIVED: "de bijdrage is kwijtgescholden",
  CREDITED: "de factuur is gecrediteerd",
};

const actionNames: Record<FeeAction, string> = {
  invoice: "Een factuur maken",
  send: "De factuur versturen",
  pay: "Een betaling boeken",
  waive: "Kwijtschelden",
  credit: "Crediteren",
  remind: "Een herinnering sturen",
};

/** The Dutch refusal for an action the record's status does not allow, e.g. "Kwijtschelden kan niet: de bijdrage is al betaald." */
export function refusalOf(action: FeeAction, status: FeeStatus): string {
  return `${actionNames[action]} kan niet: ${statusReasons[status]}.`;
}
