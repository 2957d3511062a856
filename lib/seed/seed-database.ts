import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "../db/client";
import { amsterdamTime } from "../format/dates";
import { slugify } from "../format/slug";
import { articles, meetings, municipalities, people, positions, type SeedMeeting, themes } from "./content";
import { seedSitePages } from "../site-pages/seed-site-pages";
import { demoMeetings } from "./demo-meetings";
import { sitePages } from "./site-pages";

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

/** Which seed rows are there already, in one query per table: what every start after the first finds. */
async function existingSeedRows(db: Database, seedMeetings: SeedMeeting[]) {
  const [municipalityRows, userRows, positionRows, meetingRows, articleRows, themeRows] = await Promise.all([
    db.municipality.findMany({ where: { slug: { in: municipalities.map(slugify) } }, select: { slug: true } }),
    db.user.findMany({ where: { id: { in: people.map((person) => seedId("user", person.key)) } }, select: { id: true } }),
    db.position.findMany({ where: { id: { in: positions.map(positionId) } }, select: { id: true } }),
    db.meeting.findMany({ where: { slug: { in: seedMeetings.map((meeting) => meeting.slug) } }, select: { slug: true } }),
    db.article.findMany({ where: { slug: { in: articles.map((article) => article.slug) } }, select: { slug: true } }),
    db.theme.findMany({ where: { slug: { in: themes.map((theme) => theme.slug) } }, select: { slug: true } }),
  ]);
  return {
    municipalities: new Set(municipalityRows.map((row) => row.slug)),
    users: new Set(userRows.map((row) => row.id)),
    positions: new Set(positionRows.map((row) => row.id)),
    meetings: new Set(meetingRows.map((row) => row.slug)),
    articles: new Set(articleRows.map((row) => row.slug)),
    themes: new Set(themeRows.map((row) => row.slug)),
  };
}

const positionId = (position: (typeof positions)[number]) => seedId("position", `${position.person}-${position.role.toLowerCase()}-${position.startedOn}`);

// Only the rows that are missing are written (each still an upsert, so a row that appears meanwhile is kept as is):
// on an already seeded database, `npm start` spends a handful of queries here instead of one transaction per row.
export async function seedDatabase(db: Database, { today = new Date(), demo = true } = {}) {
  const seedMeetings = [...meetings, ...(demo ? demoMeetings(today) : [])];
  const existing = await existingSeedRows(db, seedMeetings);
  for (const name of municipalities) {
    const slug = slugify(name);
    if (existing.municipalities.has(slug)) continue;
    await db.municipality.upsert({ where: { slug }, update: {}, create: { id: seedId("municipality", slug), name, slug } });
  }
  for (const person of people) {
    const id = seedId("user", person.key);
    if (existing.users.has(id)) continue;
    await db.user.upsert({ where: { id }, update: {}, create: { id, name: person.name, admittedAt: today } });
  }
  for (const position of positions) {
    const id = positionId(position);
    if (existing.positions.has(id)) continue;
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
  for (const meeting of seedMeetings) {
    if (!existing.meetings.has(meeting.slug)) await seedMeeting(db, meeting);
  }
  for (const article of articles) {
    if (existing.articles.has(article.slug)) continue;
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
  await seedSitePages(db, sitePages);
  await seedThemes(db, existing.themes);
}

/**
 * Themes are created once, with the seeded meetings and articles their sources name (those still there): a theme
 * that exists is left as the secretary keeps it, links and all.
 */
async function seedThemes(db: Database, existing: Set<string>) {
  const missing = themes.filter((theme) => !existing.has(theme.slug));
  if (!missing.length) return;
  const [meetingRows, articleRows] = await Promise.all([
    db.meeting.findMany({ where: { slug: { in: missing.flatMap((theme) => theme.meetings ?? []) } }, select: { id: true, slug: true } }),
    db.article.findMany({ where: { slug: { in: missing.flatMap((theme) => theme.articles ?? []) } }, select: { id: true, slug: true } }),
  ]);
  const meetingIds = new Map(meetingRows.map((row) => [row.slug, row.id]));
  const articleIds = new Map(articleRows.map((row) => [row.slug, row.id]));
  const idsOf = (slugs: string[] | undefined, ids: Map<string, string>) => (slugs ?? []).flatMap((slug) => ids.get(slug) ?? []);
  for (const theme of missing) {
    // By name too: the secretary may have made a theme with this name under another address.
    if (await db.theme.count({ where: { OR: [{ slug: theme.slug }, { name: { equals: theme.name, mode: "insensitive" } }] } })) continue;
    await db.theme.create({
      data: {
        id: seedId("theme", theme.slug),
        slug: theme.slug,
        name: theme.name,
        description: theme.description,
        meetings: { create: idsOf(theme.meetings, meetingIds).map((meetingId) => ({ meetingId })) },
        articles: { create: idsOf(theme.articles, articleIds).map((articleId) => ({ articleId })) },
      },
      select: { id: true },
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
