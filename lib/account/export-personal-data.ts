import { exportAccelerationRequests } from "../acceleration/personal-data";
import type { Database } from "../db/client";

/** Everything stored about one person (GDPR art. 15 and 20), and nothing about anybody else. */
export async function exportPersonalData(db: Database, userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      emailVerified: true,
      role: true,
      phone: true,
      jobTitle: true,
      organisationType: true,
      organisationName: true,
      createdAt: true,
      updatedAt: true,
      municipality: { select: { name: true } },
      applications: {
        orderBy: { createdAt: "asc" },
        select: { participation: true, year: true, status: true, createdAt: true, decidedAt: true, decisionMessage: true, newMunicipalityName: true, meeting: { select: { title: true, startsAt: true } }, municipality: { select: { name: true } } },
      },
      rsvps: {
        orderBy: { createdAt: "asc" },
        select: { status: true, createdAt: true, updatedAt: true, waitlistedAt: true, days: true, dinner: true, overnight: true, dietaryWishes: true, meeting: { select: { title: true, startsAt: true } } },
      },
      positions: { orderBy: { startedOn: "asc" }, select: { role: true, startedOn: true, endedOn: true, municipality: { select: { name: true } } } },
      sessions: { orderBy: { expires: "asc" }, select: { expires: true } },
    },
  });
  const mail = user.email
    ? await db.outboxMail.findMany({ where: { to: user.email }, orderBy: { createdAt: "asc" }, select: { subject: true, status: true, createdAt: true, sentAt: true } })
    : [];
  const accelerationRequests = await exportAccelerationRequests(db, userId, user.email);
  return { exportedAt: new Date().toISOString(), person: user, emailsSentToYou: mail, accelerationRequests };
}
