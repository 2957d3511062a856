import "server-only";
import type { Database } from "../db/client";
import { type RenderedMail, renderQueuedMail, UnknownTemplateError } from "./render-mail";
import { mailFrom, messageIdFor, smtpTransport } from "./transport";

export type DeliveryOutcome =
  | { outcome: "sent" }
  /** Already sent or failed, or gone: nothing to do (a second job, a second process). */
  | { outcome: "skipped" }
  /** Not sent this time; try again later. */
  | { outcome: "retry"; reason: string }
  | { outcome: "failed"; reason: string };

/** A claim older than this belongs to a process that died while sending: another may take the message over. */
export function claimExpiresMs() {
  return (Number(process.env.MAIL_JOB_EXPIRE_SECONDS) || 120) * 1000;
}

/** The development mailbox keeps what was "sent" readable locally; everywhere else the body goes once sent. */
function keepsBody() {
  return !process.env.SMTP_URL && process.env.DEV_MAILBOX === "true";
}

/**
 * Sends one queued message at most once: the row is claimed (SENDING) before sending and marked SENT right
 * after, so a second job, process or retry finds it taken or done. Only a process killed in the moment between
 * the SMTP server's "accepted" and that update leaves it to be sent again, with the same Message-ID.
 */
export async function deliverMail(db: Database, outboxId: string, { lastAttempt = false } = {}): Promise<DeliveryOutcome> {
  const now = new Date();
  const claimed = await db.outboxMail.updateMany({
    where: { id: outboxId, OR: [{ status: "PENDING" }, { status: "SENDING", claimedAt: { lt: new Date(now.getTime() - claimExpiresMs()) } }] },
    data: { status: "SENDING", claimedAt: now },
  });
  if (claimed.count === 0) {
    const row = await db.outboxMail.findUnique({ where: { id: outboxId }, select: { status: true } });
    return row?.status === "SENDING" ? { outcome: "retry", reason: "Wordt al verzonden door een ander proces." } : { outcome: "skipped" };
  }
  const mail = await db.outboxMail.findUniqueOrThrow({
    where: { id: outboxId },
    select: { to: true, subject: true, template: true, templateData: true },
  });
  let content: RenderedMail;
  try {
    // Rendered now, not when queued: a sign-in link's token is made at this moment, and a meeting shows as it is now.
    content = await renderQueuedMail(db, mail);
    const transport = smtpTransport();
    if (transport) {
      await transport.sendMail({
        from: mailFrom(),
        to: mail.to,
        subject: content.subject,
        html: content.html,
        text: content.text,
        icalEvent: content.calendar,
        attachments: content.attachments,
        headers: content.headers,
        messageId: messageIdFor(outboxId),
      });
    } else {
      // The body (with any sign-in link) only where the development mailbox is on: server logs are kept and read.
      console.info(`[mail] geen SMTP_URL: bericht aan ${mail.to} niet verstuurd (${content.subject})${keepsBody() ? `\n${content.text}` : ""}`);
    }
  } catch (error) {
    const reason = reasonOf(error);
    const final = lastAttempt || isPermanent(error);
    console.error(`[mail] verzenden aan ${mail.to} mislukt${final ? " (definitief)" : ""}: ${reason}`);
    await db.outboxMail.update({
      where: { id: outboxId },
      data: { status: final ? "FAILED" : "PENDING", attempts: { increment: 1 }, lastError: reason, claimedAt: null },
    });
    return final ? { outcome: "failed", reason } : { outcome: "retry", reason };
  }
  const keep = keepsBody();
  await db.outboxMail.update({
    where: { id: outboxId },
    data: {
      status: "SENT",
      sentAt: new Date(),
      attempts: { increment: 1 },
      lastError: null,
      // No link in a body outlives its delivery; the subject stays for the secretary's overview.
      html: keep ? content.html : null,
      text: keep ? content.text : null,
    },
  });
  return { outcome: "sent" };
}

/**
 * Sends every message queued now, one attempt each, without the job queue: for tests and scripts. The site
 * itself never calls this; its mail worker (lib/jobs/mail-worker.ts) delivers with retries.
 */
export async function deliverPendingMail(db: Database): Promise<number> {
  const pending = await db.outboxMail.findMany({ where: { status: "PENDING" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  let sent = 0;
  for (const { id } of pending) if ((await deliverMail(db, id)).outcome === "sent") sent += 1;
  return sent;
}

/** SMTP's 5xx answers (unknown address, refused message) won't change by trying again. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown })?.responseCode;
  if (typeof code === "number") return code >= 500 && code < 600;
  return error instanceof UnknownTemplateError;
}

function reasonOf(error: unknown): string {
  const response = (error as { response?: unknown })?.response;
  const message = error instanceof Error ? error.message : String(error);
  return (typeof response === "string" && !message.includes(response) ? `${message}: ${response}` : message).slice(0, 500);
}
