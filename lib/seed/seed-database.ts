import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "../db/client";
import { amsterdamTime } from "../format/dates";
import { slugify } from "../format/slug";
import { articles, meetings, municipalities, people, positions, type SeedMeeting } from "./content";
import { demoMeetings } from "./demo-meetings";

const ARTICLES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "articles");

// Seed rows get stable ids and are only ever created, never updated: seeding
// twice changes nothing, and never overwrites what the secretary edited since.
const seedId = (kind: string, key: string) => `seed-${kind}-${key}`;

function meetingTimes(meeting: SeedMeeting) {
  const endDate = meeting.endDate ?? meeting.date;
  if (meeting.startTime && meeting.endTime) {
    return { startsAt: amsterdamTime(meeting.date, meeting.startTime), endsAt: amsterdamTime(endDate, meeting.endTime), timesAnnounced: true };
  }
  // Only the days are known: keep whole days, from the first morning to the last evening.
  return { startsAt: amsterdamTime(meeting.date, "00:00"), endsAt: amsterdamTime(endDate, "23:59"), timesAnnounced: false };
}

export async function seedDatabase(db: Database, { today = new Date(), demo = true } = {}) {
  for (const name of municipalities) {
    const slug = slugify(name);
    await db.municipality.upsert({ where: { slug }, update: {}, create: { id: seedId("municipality", slug), name, slug } });
  }
  for (const person of people) {
    const id = seedId("user", person.key);
    await db.user.upsert({ where: { id }, update: {}, create: { id, name: person.name, admittedAt: today } });
  }
  for (const position of positions) {
    const id = seedId("position", `${position.person}-${position.role.toLowerCase()}-${position.startedOn}`);
    await db.position.upsert({
      where: { id },
      update: {},
      create: {
        id,
        userId: seedId("user", position.person),
        role: position.role,
        municipalityId: position.municipality ? seedId("municipality", slugify(position.municipality)) : null,
        contactEmail: position.contactEmail,
        contactPhone: position.contactPhone,
        startedOn: new Date(`${position.startedOn}T00:00:00Z`),
        endedOn: position.endedOn ? new Date(`${position.endedOn}T00:00:00Z`) : null,
        source: position.source,
        sortOrder: position.sortOrder ?? 0,
      },
    });
  }
  for (const meeting of [...meetings, ...(demo ? demoMeetings(today) : [])]) {
    await seedMeeting(db, meeting);
  }
  for (const article of articles) {
    const body = await readFile(path.join(ARTICLES_DIR, `${article.slug}.md`), "utf8");
    await db.article.upsert({
      where: { slug: article.slug },
      update: {},
      create: {
        id: seedId("article", article.slug),
        slug: article.slug,
        kind: article.kind,
        title: article.title,
        summary: article.summary,
        body: body.trim(),
        publishedOn: new Date(`${article.publishedOn}T00:00:00Z`),
        sourceNote: article.sourceNote,
        meetingId: article.meeting ? seedId("meeting", article.meeting) : null,
      },
    });
  }
}

async function seedMeeting(db: Database, meeting: SeedMeeting) {
  const id = seedId("meeting", meeting.slug);
  await db.meeting.upsert({
    where: { slug: meeting.slug },
    update: {},
    create: {
      id,
      slug: meeting.slug,
      kind: meeting.kind,
      title: meeting.title,
      ...meetingTimes(meeting),
      tentative: meeting.tentative ?? false,
      demo: meeting.demo ?? false,
      scheduleNote: meeting.scheduleNote,
      location: meeting.location,
      hostMunicipalityId: meeting.host ? seedId("municipality", slugify(meeting.host)) : null,
      description: meeting.description,
      agendaItems: { create: (meeting.agenda ?? []).map((item, index) => ({ position: index + 1, ...item })) },
    },
  });
}
