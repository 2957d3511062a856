import type { Actor } from "@/lib/audit/record-change";

/** Who the audit log names for changes a test makes without a signed-in person. */
export const testActor: Actor = { id: null, label: "integratietest" };
