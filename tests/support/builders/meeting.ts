import type { Database } from "../../../lib/db/client";
import type { MeetingKind, Prisma } from "../../../lib/db/generated/client";
import { uniqueTag } from "./unique-tag";

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

const titles: Record<MeetingKind, string> = { MEETING: "Testbijeenkomst", TWENTY_FOUR_HOUR: "24-uurs testbijeenkomst", NETWORK_CAFE: "Testnetwerkcafé" };

/** When a meeting that starts at `startsAt` ends by default: a 24-hour meeting at 14:00 the next day, the others after four hours. */
function defaultEnd(kind: MeetingKind, startsAt: Date) {
  return new Date(startsAt.getTime() + (kind === "TWENTY_FOUR_HOUR" ? DAY_MS + 2 * HOUR_MS : 4 * HOUR_MS));
}

/** A published meeting of the test's own (MEETING unless `kind` says otherwise), 30 days ahead at 12:00 UTC. */
export function buildMeeting(db: Database, overrides: Partial<Prisma.MeetingUncheckedCreateInput> = {}) {
  const kind = overrides.kind ?? "MEETING";
  const tag = uniqueTag();
  const startsAt = new Date(overrides.startsAt ?? Math.floor(Date.now() / DAY_MS) * DAY_MS + 30 * DAY_MS + 12 * HOUR_MS);
  return db.meeting.create({
    data: { slug: `test-${tag}`, title: `${titles[kind]} ${tag}`, startsAt, endsAt: defaultEnd(kind, startsAt), ...overrides, kind },
  });
}
