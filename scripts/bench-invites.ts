// `npm run bench:invites`: 1,000 members of a municipality taking part this year, one published meeting, a local
// SMTP server. Invites all of them, then sends them all a mailing. Prints for each how long the send's domain
// function took to return, how long until all 1,000 messages were received, and the number of duplicates and losses. Delivery is the site's own mail worker
// (pg-boss, lib/jobs/mail-worker.ts) with its default settings. On a fresh in-memory embedded database, or
// BENCH_DATABASE_URL (which is emptied).
import { SMTPServer } from "smtp-server";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { resetDatabase } from "../lib/db/reset-database";

const MEMBERS = 1000;
const smtpPort = 2600 + Math.floor(Math.random() * 1000);

const embedded = process.env.BENCH_DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: "memory" });
const url = process.env.BENCH_DATABASE_URL ?? embedded!.url;
process.env.DATABASE_URL = url;
if (embedded) process.env.DATABASE_POOL_MAX = "1";
process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
process.env.AUTH_SECRET ??= "bench-only-secret-0123456789abcdef0123456789";
process.env.SITE_URL ??= "https://wmo.bench";

const received = new Map<string, number>();
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    stream.on("data", () => {});
    stream.on("end", () => {
      for (const rcpt of session.envelope.rcptTo) received.set(rcpt.address.toLowerCase(), (received.get(rcpt.address.toLowerCase()) ?? 0) + 1);
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));

// Imported after DATABASE_URL is set: the shared client reads it once.
const { db } = await import("../lib/db/client");
const { currentYear } = await import("../lib/members/current-year");
const { sendInvitations } = await import("../lib/invitations/send-invitations");
const { inviteSchema } = await import("../lib/invitations/invite-schema");
const { startMailWorker } = await import("../lib/jobs/mail-worker");

await resetDatabase(url);
await applyMigrations(url);
const municipality = await db.municipality.create({ data: { name: "Benchstad", slug: "benchstad" }, select: { id: true } });
await db.membership.create({ data: { municipalityId: municipality.id, year: currentYear() } });
const emails = Array.from({ length: MEMBERS }, (_, i) => `lid${i}@benchstad.test`);
await db.user.createMany({
  data: emails.map((email, i) => ({ name: `Lid ${i}`, email, role: "MEMBER" as const, municipalityId: municipality.id, admittedAt: new Date() })),
});
const startsAt = new Date(Date.now() + 30 * 24 * 3600 * 1000);
const meeting = await db.meeting.create({
  data: { slug: "bench", kind: "MEETING", title: "Benchbijeenkomst", startsAt, endsAt: new Date(startsAt.getTime() + 4 * 3600 * 1000), location: "Stadhuis" },
  select: { id: true },
});
const originalLog = console.info;
console.info = () => {};

const { saveMailing } = await import("../lib/mailings/save-mailing");
const { mailingSchema } = await import("../lib/mailings/mailing-schema");
const { sendMailing } = await import("../lib/mailings/send-mailing");
const actor = { id: null, label: "bench" };

const worker = await startMailWorker(db, { connectionString: url });
let clean = true;

/** Runs one send, waits until every member received its message, and prints the figures. */
async function measure(what: string, send: () => Promise<number>) {
  received.clear();
  const started = performance.now();
  const queued = await send();
  const returnedMs = performance.now() - started;
  const deadline = Date.now() + 180_000;
  while (received.size < MEMBERS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const deliveredMs = performance.now() - started;
  // A little longer, so late duplicates would be seen too.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const duplicates = [...received.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
  const lost = emails.filter((email) => !received.has(email)).length;
  clean &&= duplicates === 0 && lost === 0;
  originalLog(`${what}: klaar na ${returnedMs.toFixed(0)} ms; ${queued} berichten in de wachtrij`);
  originalLog(`${what}: alle berichten ontvangen na ${(deliveredMs / 1000).toFixed(1)} s (${received.size} van ${MEMBERS} ontvangers)`);
  originalLog(`${what}: dubbel: ${duplicates}; verloren: ${lost}`);
}

originalLog(`Database: ${embedded ? "ingebouwd (in het geheugen)" : "BENCH_DATABASE_URL"}`);
await measure("Uitnodiging (sendInvitations)", async () => {
  const result = await sendInvitations(db, actor, inviteSchema.parse({ meetingId: meeting.id, members: "ja" }));
  if (result.outcome !== "sent") throw new Error(`versturen mislukt: ${JSON.stringify(result)}`);
  return result.queued;
});
const draft = await saveMailing(db, actor, mailingSchema.parse({ subject: "Nieuws uit het netwerk", body: "Een **kort** bericht.", everyone: "ja" }));
if (draft.outcome !== "saved") throw new Error(`concept mislukt: ${JSON.stringify(draft)}`);
await measure("Bericht (sendMailing)", async () => {
  const result = await sendMailing(db, actor, draft.id);
  if (result.outcome !== "sent") throw new Error(`versturen mislukt: ${JSON.stringify(result)}`);
  return result.queued;
});
console.info = originalLog;
console.log(`Mislukt: ${await db.outboxMail.count({ where: { status: "FAILED" } })}`);

await worker.stop();
await db.$disconnect();
smtp.close();
await embedded?.stop();
process.exit(clean ? 0 : 1);
