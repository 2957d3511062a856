import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";

export type AgendaResult = { outcome: "saved"; meetingId: string; slug: string } | { outcome: "not-found" } | { outcome: "at-edge" };

type Tx = Prisma.TransactionClient;

/**
 * Gives the items these positions 1, 2, 3… in the given order. (meetingId, position) is unique and checked per
 * row, so the items first move out of the way (+1,000,000: free whatever the row order), then take their place.
 */
async function renumber(tx: Tx, meetingId: string, orderedIds: string[]) {
  await tx.agendaItem.updateMany({ where: { meetingId }, data: { position: { increment: 1_000_000 } } });
  for (const [index, id] of orderedIds.entries()) {
    await tx.agendaItem.update({ where: { id }, data: { position: index + 1 }, select: { id: true } });
  }
}

function itemsOf(tx: Tx, meetingId: string) {
  return tx.agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { id: true, title: true, speaker: true } });
}

const audit = (tx: Tx, actor: Actor, action: string, meeting: { id: string; title: string }, before?: unknown, after?: unknown) =>
  recordChange(tx, actor, { action, entityType: "Meeting", entityId: meeting.id, entityLabel: meeting.title, before, after });

/** Adds a topic (with its speaker, if any) at the end of the meeting's programme. */
export function addAgendaItem(db: Database, actor: Actor, input: { meetingId: string; itemTitle: string; itemSpeaker: string | null }): Promise<AgendaResult> {
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { id: true, slug: true, title: true } });
    if (!meeting) return { outcome: "not-found" };
    const last = await tx.agendaItem.aggregate({ where: { meetingId: meeting.id }, _max: { position: true } });
    const position = (last._max.position ?? 0) + 1;
    const item = await tx.agendaItem.create({
      data: { meetingId: meeting.id, position, title: input.itemTitle, speaker: input.itemSpeaker },
      select: { id: true, title: true, speaker: true, position: true },
    });
    await audit(tx, actor, "meeting.agenda-item.add", meeting, undefined, item);
    return { outcome: "saved", meetingId: meeting.id, slug: meeting.slug };
  });
}

/** Swaps a topic with the one above or below it. */
export function moveAgendaItem(db: Database, actor: Actor, { itemId, direction }: { itemId: string; direction: "up" | "down" }): Promise<AgendaResult> {
  return db.$transaction(async (tx) => {
    const item = await tx.agendaItem.findUnique({ where: { id: itemId }, select: { meeting: { select: { id: true, slug: true, title: true } } } });
    if (!item) return { outcome: "not-found" };
    const items = await itemsOf(tx, item.meeting.id);
    const from = items.findIndex((row) => row.id === itemId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= items.length) return { outcome: "at-edge" };
    const reordered = [...items];
    [reordered[from], reordered[to]] = [reordered[to], reordered[from]];
    await renumber(
      tx,
      item.meeting.id,
      reordered.map((row) => row.id),
    );
    await audit(tx, actor, "meeting.agenda-item.move", item.meeting, { order: items.map((row) => row.title) }, { order: reordered.map((row) => row.title) });
    return { outcome: "saved", meetingId: item.meeting.id, slug: item.meeting.slug };
  });
}

/** Removes a topic and closes the gap it leaves. */
export function removeAgendaItem(db: Database, actor: Actor, { itemId }: { itemId: string }): Promise<AgendaResult> {
  return db.$transaction(async (tx) => {
    const item = await tx.agendaItem.findUnique({
      where: { id: itemId },
      select: { title: true, speaker: true, position: true, meeting: { select: { id: true, slug: true, title: true } } },
    });
    if (!item) return { outcome: "not-found" };
    await tx.agendaItem.delete({ where: { id: itemId }, select: { id: true } });
    const rest = await itemsOf(tx, item.meeting.id);
    await renumber(
      tx,
      item.meeting.id,
      rest.map((row) => row.id),
    );
    await audit(tx, actor, "meeting.agenda-item.remove", item.meeting, { title: item.title, speaker: item.speaker, position: item.position });
    return { outcome: "saved", meetingId: item.meeting.id, slug: item.meeting.slug };
  });
}
