import { fork, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { createPrismaClient, db } from "@/lib/db/client";
import { startMailWorker, type MailWorker } from "@/lib/jobs/mail-worker";
import { queueMail, queueMails } from "@/lib/mail/outbox";
import { closeTransports } from "@/lib/mail/transport";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";
import { eventually, startTestSmtp, type TestSmtp } from "./support/test-smtp";

const url = inject("databaseUrl");
const fast = { connectionString: url, retryDelaySeconds: 1, pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, batchSize: 5 };
/** A message of a template that reads nothing from the database. */
const message = (to: string, n: number) => ({ to, template: "application-rejected" as const, data: { name: `Persoon ${n}`, message: `Bericht ${n}` } });

let smtp: TestSmtp;
let workers: MailWorker[] = [];
let children: ChildProcess[] = [];

/** The Message-IDs received, with how often each arrived. */
function arrivals() {
  const counts = new Map<string, number>();
  for (const mail of smtp.received) counts.set(mail.messageId!, (counts.get(mail.messageId!) ?? 0) + 1);
  return counts;
}

async function queue(count: number, prefix: string) {
  await queueMails(
    db,
    Array.from({ length: count }, (_, n) => message(`${prefix}${n}@wmo.test`, n)),
  );
  return db.outboxMail.findMany({ where: { to: { startsWith: prefix } }, select: { id: true } });
}

function startChild(): Promise<ChildProcess> {
  const child = fork("tests/integration/support/mail-worker-child.ts", [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, DATABASE_URL: url, SMTP_URL: process.env.SMTP_URL },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`worker exited ${code}`)));
  });
}

describe("mail delivery by the worker", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });
  beforeAll(() => {
    process.env.MAIL_JOB_EXPIRE_SECONDS = "3";
  });
  beforeEach(async () => {
    smtp = await startTestSmtp();
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  });
  afterEach(async () => {
    await Promise.all(workers.map((worker) => worker.stop({ graceful: false })));
    for (const child of children) child.kill("SIGKILL");
    workers = [];
    children = [];
    closeTransports();
    await smtp.close();
    delete process.env.SMTP_URL;
  });
  afterAll(() => {
    delete process.env.MAIL_JOB_EXPIRE_SECONDS;
  });

  it("keeps messages queued while the SMTP server is down and delivers them all once it is back", async () => {
    await smtp.stop();
    const rows = await queue(5, "wacht");
    workers.push(await startMailWorker(db, fast));
    await eventually(async () => (await db.outboxMail.count({ where: { lastError: { not: null } } })) === 5, "eerste pogingen mislukt");
    const waiting = await db.outboxMail.findMany({ select: { status: true } });
    expect(waiting.every((row) => row.status === "PENDING" || row.status === "SENDING")).toBe(true);
    await smtp.start();
    await eventually(async () => (await db.outboxMail.count({ where: { status: "SENT" } })) === 5, "alles verzonden");
    expect([...arrivals().values()]).toEqual([1, 1, 1, 1, 1]);
    expect(new Set(smtp.received.map((mail) => mail.messageId))).toEqual(new Set(rows.map((row) => `<${row.id}@wmo-transformatienetwerk.example>`)));
    // Sent: the body is gone, the subject stays.
    expect(await db.outboxMail.findMany({ where: { OR: [{ html: { not: null } }, { text: { not: null } }] } })).toEqual([]);
  });

  it("delivers every message exactly once when a worker is killed halfway through a batch and another takes over", async () => {
    const rows = await queue(30, "batch");
    smtp.hold(false);
    const first = await startChild();
    await eventually(() => smtp.received.length >= 10, "eerste berichten");
    smtp.hold(true); // the worker now waits on the server: messages are mid-send when it dies
    // Killed once every message the server accepted is marked sent: dying in the instant between the two is the one
    // case that sends twice (lib/mail/deliver-mail.ts), and a fixed wait lost that race on a busy machine.
    await eventually(async () => (await db.outboxMail.count({ where: { status: "SENT" } })) === smtp.received.length, "aanvaarde berichten gemarkeerd");
    first.kill("SIGKILL");
    expect(await db.outboxMail.count({ where: { status: "SENT" } })).toBeLessThan(30);
    smtp.hold(false);
    await startChild();
    await eventually(async () => (await db.outboxMail.count({ where: { status: "SENT" } })) === 30, "alles verzonden na herstart", 45_000);
    const counts = arrivals();
    expect(counts.size).toBe(30);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    expect(new Set(smtp.received.map((mail) => (mail.to && "text" in mail.to ? mail.to.text : "")))).toHaveProperty("size", rows.length);
  });

  it("delivers each message once with two workers on one database", async () => {
    await queue(60, "twee");
    const other = createPrismaClient(url);
    workers.push(await startMailWorker(db, fast), await startMailWorker(other, fast));
    await eventually(async () => (await db.outboxMail.count({ where: { status: "SENT" } })) === 60, "alles verzonden");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.received).toHaveLength(60);
    expect(arrivals().size).toBe(60);
    await other.$disconnect();
  });

  it("marks a message the server refuses for good as failed, with the server's reason", async () => {
    await queueMail(db, message("weigeraar@wmo.test", 1));
    workers.push(await startMailWorker(db, fast));
    await eventually(async () => (await db.outboxMail.count({ where: { status: "FAILED" } })) === 1, "mislukt");
    expect(await db.outboxMail.findFirstOrThrow({ select: { lastError: true, attempts: true } })).toMatchObject({
      lastError: expect.stringContaining("550"),
      attempts: 1,
    });
    expect(smtp.received).toHaveLength(0);
  });

  it("queues a message with the same idempotency key once", async () => {
    await queueMail(db, { ...message("een@wmo.test", 1), idempotencyKey: "uitnodiging:1:een" });
    await queueMail(db, { ...message("een@wmo.test", 1), idempotencyKey: "uitnodiging:1:een" });
    await queueMails(db, [{ ...message("een@wmo.test", 1), idempotencyKey: "uitnodiging:1:een" }]);
    workers.push(await startMailWorker(db, fast));
    await eventually(() => smtp.received.length === 1, "verzonden");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received).toHaveLength(1);
    expect(await db.outboxMail.count()).toBe(1);
  });

  it("never stores a sign-in link, yet the mail that arrives has one that works", async () => {
    await buildPerson(db, { email: "lid@wmo.test", name: "Lid", emailVerified: new Date() });
    await requestSignInLink(db, { email: "lid@wmo.test", client: "127.0.0.1", returnTo: "/mijn-gegevens" });
    const stored = await db.outboxMail.findFirstOrThrow({ select: { html: true, text: true, template: true, templateData: true } });
    expect(stored).toEqual({ html: null, text: null, template: "sign-in-link", templateData: { callbackPath: "/mijn-gegevens" } });
    expect(await db.verificationToken.count()).toBe(0);

    workers.push(await startMailWorker(db, fast));
    await eventually(() => smtp.received.length === 1, "inloglink ontvangen");
    const link = new URL(smtp.received[0].text!.match(/https:\/\/wmo\.test\/inloggen\/link\?\S+/)![0]);
    expect(link.searchParams.get("email")).toBe("lid@wmo.test");
    const hash = createHash("sha256")
      .update(`${link.searchParams.get("token")}${process.env.AUTH_SECRET}`)
      .digest("hex");
    expect(await db.verificationToken.findMany({ select: { identifier: true, token: true } })).toEqual([{ identifier: "lid@wmo.test", token: hash }]);
    await eventually(async () => (await db.outboxMail.count({ where: { status: "SENT" } })) === 1, "als verzonden gemarkeerd");
    const sent = await db.outboxMail.findFirstOrThrow({ select: { html: true, text: true, templateData: true } });
    expect(JSON.stringify(sent)).not.toContain(link.searchParams.get("token"));
  });
});
