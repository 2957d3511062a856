import "server-only";
import type { Database } from "../db/client";
import type { MailStatus } from "../db/generated/enums";
import { renderContent } from "../mail/render-mail";
import { meetingOptions } from "../meetings/meeting-options";
import { municipalityOptions } from "../municipalities/municipality-options";
import { type Paged, paged, pageWindow } from "../pagination/page-params";
import { formatShortDate } from "../format/dates";
import { mailingContent, mailingSelect } from "./mailing-mail";
import { countMailingRecipients } from "./mailing-recipients";
import type { MailingAudience } from "./mailing-schema";

export type MailCounts = Record<MailStatus, number> & { total: number };

const noMail = (): MailCounts => ({ PENDING: 0, SENDING: 0, SENT: 0, FAILED: 0, total: 0 });

/** Per mailing, its messages by status: one grouped query whatever the number of mailings. */
async function mailCounts(db: Database, mailingIds: string[]): Promise<Map<string, MailCounts>> {
  const groups = await db.outboxMail.groupBy({ by: ["mailingId", "status"], where: { mailingId: { in: mailingIds } }, _count: { _all: true } });
  const counts = new Map<string, MailCounts>();
  for (const group of groups) {
    const entry = counts.get(group.mailingId!) ?? noMail();
    entry[group.status] += group._count._all;
    entry.total += group._count._all;
    counts.set(group.mailingId!, entry);
  }
  return counts;
}

/** The mailings, newest first, with their counts: two queries a page. */
export async function listMailings(db: Database, page: number) {
  const [rows, total] = await Promise.all([
    db.mailing.findMany({
      orderBy: { createdAt: "desc" },
      ...pageWindow(page),
      select: { id: true, subject: true, createdAt: true, sentAt: true, recipientCount: true },
    }),
    db.mailing.count(),
  ]);
  const counts = await mailCounts(
    db,
    rows.map((row) => row.id),
  );
  return paged(
    rows.map((row) => ({ ...row, counts: counts.get(row.id) ?? noMail() })),
    total,
    page,
  );
}

export type MailingListRow = Awaited<ReturnType<typeof listMailings>>["items"][number];

/** The example person the preview is addressed to: the real message differs only in name and unsubscribe link. */
const previewPerson = { id: "voorbeeld", name: "Anna de Vries" };

/** What the form offers: municipalities, recent meetings and the documents of recent meetings. */
async function mailingFormOptions(db: Database, chosenMeeting: { id: string; title: string; startsAt: Date } | null) {
  const [municipalities, meetings, documents] = await Promise.all([
    municipalityOptions(db),
    meetingOptions(db, chosenMeeting),
    db.meetingDocument.findMany({
      orderBy: [{ meeting: { startsAt: "desc" } }, { createdAt: "desc" }],
      take: 100,
      select: { id: true, title: true, meeting: { select: { title: true, startsAt: true } } },
    }),
  ]);
  const documentOptions = documents.map((document) => ({
    value: document.id,
    label: `${document.title} (${document.meeting.title}, ${formatShortDate(document.meeting.startsAt)})`,
  }));
  return { municipalities, meetings, documents: documentOptions };
}

export const loadNewMailingForm = (db: Database) => mailingFormOptions(db, null);

export type MailingFormOptions = Awaited<ReturnType<typeof loadNewMailingForm>>;

/**
 * A mailing's page: as a draft its form, preview and the number it would reach now; once sent the message as sent,
 * its counts and one page of its recipients' messages. A fixed number of queries.
 */
export async function loadMailingPage(db: Database, mailingId: string, page: number, now = new Date()) {
  const mailing = await db.mailing.findUnique({
    where: { id: mailingId },
    select: { ...mailingSelect, id: true, audience: true, documentId: true, sentAt: true, createdAt: true, recipientCount: true },
  });
  if (!mailing) return null;
  const audience = mailing.audience as MailingAudience;
  const chosenMeeting = audience.meetingId
    ? await db.meeting.findUnique({ where: { id: audience.meetingId }, select: { id: true, title: true, startsAt: true } })
    : null;
  const [preview, options, reach, counts, mails] = await Promise.all([
    mailingContent(mailing, previewPerson, { preview: true }).then((content) => renderContent(mailing.subject, content)),
    mailing.sentAt ? null : mailingFormOptions(db, chosenMeeting),
    mailing.sentAt ? null : countMailingRecipients(db, audience, now),
    mailCounts(db, [mailing.id]).then((all) => all.get(mailing.id) ?? noMail()),
    listMailingMails(db, mailing.id, page),
  ]);
  return { mailing, audience, preview, options, reach, counts, mails };
}

async function listMailingMails(db: Database, mailingId: string, page: number): Promise<Paged<MailingMailRow>> {
  const where = { mailingId };
  const [items, total] = await Promise.all([
    db.outboxMail.findMany({
      where,
      orderBy: [{ to: "asc" }, { createdAt: "asc" }],
      ...pageWindow(page),
      select: { id: true, to: true, status: true, lastError: true, createdAt: true, sentAt: true },
    }),
    db.outboxMail.count({ where }),
  ]);
  return paged(items, total, page);
}

export type MailingMailRow = { id: string; to: string; status: MailStatus; lastError: string | null; createdAt: Date; sentAt: Date | null };
export type MailingPage = NonNullable<Awaited<ReturnType<typeof loadMailingPage>>>;

/** A draft as the form shows it. */
export function mailingFormValues({ mailing, audience }: Pick<MailingPage, "mailing" | "audience">): Record<string, string> {
  return {
    subject: mailing.subject,
    body: mailing.body,
    documentId: mailing.documentId ?? "",
    everyone: audience.everyone ? "ja" : "",
    municipalityId: audience.municipalityId ?? "",
    kernclub: audience.kernclub ? "ja" : "",
    meetingId: audience.meetingId ?? "",
    meetingGroup: audience.meetingGroup ?? "",
    extraEmails: audience.extraEmails.join("\n"),
  };
}
