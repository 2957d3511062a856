import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { amsterdamTime } from "../format/dates";
import { slugify } from "../format/slug";
import { notifyInvitees, scheduleChanged } from "../invitations/notify-invitees";
import { promoteWaiting } from "./rsvp";
import type { MeetingInput } from "./meeting-schema";
import { meetingTimes } from "./meeting-times";
import { meetingBasicsSelect } from "./meeting-select";
import { replaceThemes, THEME_CHOICE_ERROR, themeNames, unknownThemes } from "../themes/save-theme";

export type SaveMeetingResult =
  { outcome: "saved"; id: string; slug: string } | { outcome: "not-found" } | { outcome: "invalid"; fieldErrors: Record<string, string> };

type Tx = Prisma.TransactionClient;

/** The fields the meeting form edits: what an update compares and its audit entry records. */
export const meetingFormSelect = {
  ...meetingBasicsSelect,
  tentative: true,
  address: true,
  hostMunicipalityId: true,
  description: true,
  scheduleNote: true,
  published: true,
  capacity: true,
  dinnerCapacity: true,
  overnightCapacity: true,
  answerDeadline: true,
  reminderDaysBefore: true,
  attendeeReminderDaysBefore: true,
} as const;

function meetingData(input: MeetingInput) {
  return {
    title: input.title,
    kind: input.kind,
    ...meetingTimes(input),
    tentative: input.tentative,
    location: input.location,
    address: input.address,
    hostMunicipalityId: input.hostMunicipalityId,
    description: input.description,
    scheduleNote: input.scheduleNote,
    published: input.status === "gepubliceerd",
    capacity: input.capacity,
    dinnerCapacity: input.dinnerCapacity,
    overnightCapacity: input.overnightCapacity,
    answerDeadline: input.answerDeadlineDate ? amsterdamTime(input.answerDeadlineDate, input.answerDeadlineTime) : null,
    reminderDaysBefore: input.reminderDaysBefore,
    attendeeReminderDaysBefore: input.attendeeReminderDaysBefore,
  };
}

async function unknownMunicipality(tx: Tx, id: string | null) {
  return id !== null && (await tx.municipality.count({ where: { id } })) === 0;
}

const municipalityError = { outcome: "invalid", fieldErrors: { hostMunicipalityId: "Kies een gemeente uit de lijst." } } as const;
const themeError = { outcome: "invalid", fieldErrors: { themeIds: THEME_CHOICE_ERROR } } as const;

/** `<startDate>-<title>`, with -2, -3… when a meeting already has it. */
async function freeSlug(tx: Tx, startDate: string, title: string) {
  const base = [startDate, slugify(title)].filter(Boolean).join("-");
  const taken = new Set((await tx.meeting.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug));
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}

/** Creates a meeting with its audit entry, in one transaction. */
export function createMeeting(db: Database, actor: Actor, input: MeetingInput): Promise<SaveMeetingResult> {
  return db.$transaction(async (tx) => {
    if (await unknownMunicipality(tx, input.hostMunicipalityId)) return municipalityError;
    if (await unknownThemes(tx, input.themeIds)) return themeError;
    const slug = await freeSlug(tx, input.startDate, input.title);
    const meeting = await tx.meeting.create({
      data: { slug, ...meetingData(input), themes: { create: input.themeIds.map((themeId) => ({ themeId })) } },
      select: meetingFormSelect,
    });
    const { id, ...fields } = meeting;
    const after = input.themeIds.length ? { ...fields, themes: await themeNames(tx, input.themeIds) } : fields;
    await recordChange(tx, actor, { action: "meeting.create", entityType: "Meeting", entityId: id, entityLabel: meeting.title, after });
    return { outcome: "saved", id, slug };
  });
}

/** Saves changes to a meeting; the slug never changes, so links keep working. Audits the changed fields only. */
export function updateMeeting(db: Database, actor: Actor, id: string, input: MeetingInput): Promise<SaveMeetingResult> {
  return db.$transaction(async (tx) => {
    // The same lock answers take (lib/meetings/rsvp.ts), so places are counted against the saved capacity.
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${id} FOR UPDATE`;
    const current = await tx.meeting.findUnique({ where: { id }, select: meetingFormSelect });
    if (!current) return { outcome: "not-found" };
    if (await unknownMunicipality(tx, input.hostMunicipalityId)) return municipalityError;
    if (await unknownThemes(tx, input.themeIds)) return themeError;
    const data = meetingData(input);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data)) {
      const old = current[key as keyof typeof current];
      if (String(old instanceof Date ? old.toISOString() : old) !== String(value instanceof Date ? value.toISOString() : value)) {
        before[key] = old;
        after[key] = value;
      }
    }
    // The themes are not in the meeting's row: one audit entry records them with the changed fields.
    const themes = await replaceThemes(tx, { meetingId: id }, input.themeIds);
    const themeChange = themes ? { before: { themes: themes.before }, after: { themes: themes.after } } : { before: {}, after: {} };
    if (Object.keys(after).length || themes) {
      await recordChange(tx, actor, {
        action: "meeting.update",
        entityType: "Meeting",
        entityId: id,
        entityLabel: input.title,
        before: { ...before, ...themeChange.before },
        after: { ...after, ...themeChange.after },
      });
    }
    if (Object.keys(after).length) {
      await tx.meeting.update({ where: { id }, data, select: { id: true } });
      // Invitations already sent: an update with the same UID and a higher SEQUENCE moves the event in their agendas.
      if (data.published && scheduleChanged(after)) await notifyInvitees(tx, id, "update");
      // More places (or no limit any more): the first waiting move up, in order, and are told by e-mail.
      if ("capacity" in after) await promoteWaiting(tx, id, data.capacity ?? Number.POSITIVE_INFINITY);
    }
    return { outcome: "saved", id, slug: current.slug };
  });
}
