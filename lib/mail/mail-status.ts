import type { MailStatus } from "../db/generated/enums";

export const mailStatusLabels: Record<MailStatus, string> = { PENDING: "in de wachtrij", SENDING: "wordt verstuurd", SENT: "verzonden", FAILED: "mislukt" };
