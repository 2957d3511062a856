import "server-only";
import type { Database } from "../db/client";

export type AdminVolume = { people: number; municipalities: number; meetings: number; rsvps: number };

/** The volume the admin area must handle (issue: 10,000 people, 400 municipalities, 1,000 meetings, 20,000 RSVPs). */
export const FULL_ADMIN_VOLUME: AdminVolume = { people: 10_000, municipalities: 400, meetings: 1_000, rsvps: 20_000 };

export function scaledVolume(factor: number): AdminVolume {
  return {
    people: Math.round(FULL_ADMIN_VOLUME.people * factor),
    municipalities: Math.max(1, Math.round(FULL_ADMIN_VOLUME.municipalities * factor)),
    meetings: Math.max(1, Math.round(FULL_ADMIN_VOLUME.meetings * factor)),
    rsvps: Math.round(FULL_ADMIN_VOLUME.rsvps * factor),
  };
}

const CHUNK = 1_000;

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let index = 0; index < rows.length; index += CHUNK) await insert(rows.slice(index, index + CHUNK));
}

/**
 * Fills an empty database with generated people, municipalities (with memberships and fee records),
 * meetings, RSVPs, pending applications, requests for the versnellingstraject and audit entries: data
 * volume for the admin benchmark and the admin query-count test. Ids are predictable ("bulk-user-7"), so
 * callers can open a record's page.
 */
export async function seedAdminVolume(db: Database, volume: AdminVolume, year: number) {
  const municipalityIds = Array.from({ length: volume.municipalities }, (_, index) => `bulk-municipality-${index}`);
  await inChunks(municipalityIds, (ids) =>
    db.municipality.createMany({
      data: ids.map((id, index) => ({
        id,
        name: `Bulkgemeente ${id.slice(18)}`,
        slug: `bulkgemeente-${id.slice(18)}`,
        cbsCode: `GM${String(index).padStart(4, "0")}`,
      })),
    }),
  );
  await inChunks(municipalityIds, (ids) => db.membership.createMany({ data: ids.map((municipalityId) => ({ municipalityId, year })) }));
  await inChunks(municipalityIds, (ids) =>
    db.feeRecord.createMany({
      data: ids.map((municipalityId, index) => ({ municipalityId, year, amountCents: 50000, status: index % 3 === 0 ? "PAID" : "OPEN" })),
    }),
  );
  const people = Array.from({ length: volume.people }, (_, index) => ({
    id: `bulk-user-${index}`,
    name: `Persoon ${index}`,
    email: `persoon-${index}@bulk.example`,
    emailVerified: new Date(),
    admittedAt: new Date(),
    role: "MEMBER" as const,
    organisationType: "MUNICIPALITY" as const,
    municipalityId: municipalityIds[index % municipalityIds.length],
  }));
  await inChunks(people, (chunk) => db.user.createMany({ data: chunk }));
  const meetings = Array.from({ length: volume.meetings }, (_, index) => {
    const startsAt = new Date(Date.UTC(2000 + (index % 40), index % 12, 10, 12));
    return {
      id: `bulk-meeting-${index}`,
      slug: `bulk-meeting-${index}`,
      kind: "MEETING" as const,
      title: `Bulkbijeenkomst ${index}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 4 * 3600_000),
    };
  });
  await inChunks(meetings, (chunk) => db.meeting.createMany({ data: chunk }));
  // (person, meeting) pairs that never repeat: person i % P, meeting (i + ⌊i / P⌋) % M.
  const rsvps = Array.from({ length: volume.rsvps }, (_, index) => ({
    userId: people[index % people.length].id,
    meetingId: meetings[(index + Math.floor(index / people.length)) % meetings.length].id,
    status: index % 4 === 0 ? ("NOT_ATTENDING" as const) : ("ATTENDING" as const),
  }));
  await inChunks(rsvps, (chunk) => db.rsvp.createMany({ data: chunk, skipDuplicates: true }));
  const applications = people
    .filter((_, index) => index % 10 === 0)
    .map((person, index) => ({
      submissionId: `bulk-submission-${index}`,
      userId: person.id,
      participation: "THIS_YEAR" as const,
      year,
      municipalityId: person.municipalityId,
    }));
  await inChunks(applications, (chunk) => db.application.createMany({ data: chunk }));
  const accelerationRequests = people
    .filter((_, index) => index % 100 === 0)
    .map((person, index) => ({
      id: `bulk-acceleration-request-${index}`,
      submissionId: `bulk-acceleration-submission-${index}`,
      municipalityName: `Bulkgemeente ${index}`,
      contactName: person.name,
      contactRole: "Beleidsadviseur",
      email: person.email,
      question: "Hoe versnellen we de transformatie van de Wmo?",
      client: "Directeur sociaal domein",
      conditions: Array.from({ length: 6 }, (_, condition) => ({ met: condition % 2 === 0, explanation: "Toelichting" })),
      confirmedAt: new Date(),
    }));
  await inChunks(accelerationRequests, (chunk) => db.accelerationRequest.createMany({ data: chunk }));
  const audit = people
    .filter((_, index) => index % 2 === 0)
    .map((person) => ({
      actorLabel: "bulk@example",
      action: "user.update",
      entityType: "User",
      entityId: person.id,
      entityLabel: person.name,
      before: { jobTitle: null },
      after: { jobTitle: "Beleidsadviseur" },
    }));
  await inChunks(audit, (chunk) => db.auditEntry.createMany({ data: chunk }));
}

/** Records in the middle of a generated volume, for opening their admin pages. */
export async function adminVolumeSamples(db: Database, volume: AdminVolume) {
  const middle = (n: number) => Math.floor(n / 2);
  const [application, article, fee] = await Promise.all([
    db.application.findFirstOrThrow({ where: { submissionId: `bulk-submission-${middle(volume.people / 10)}` }, select: { id: true } }),
    db.article.findFirstOrThrow({ select: { id: true } }),
    db.feeRecord.findFirstOrThrow({ where: { municipalityId: `bulk-municipality-${middle(volume.municipalities)}` }, select: { id: true, year: true } }),
  ]);
  return {
    applicationId: application.id,
    userId: `bulk-user-${middle(volume.people)}`,
    municipalityId: `bulk-municipality-${middle(volume.municipalities)}`,
    meetingId: `bulk-meeting-${middle(volume.meetings)}`,
    articleId: article.id,
    feeRecordId: fee.id,
    feeYear: fee.year,
    accelerationRequestId: `bulk-acceleration-request-${middle(volume.people / 100)}`,
    search: "persoon-50@bulk",
  };
}
