import "server-only";
import { exportAccelerationRequests } from "../acceleration/personal-data";
import type { Database } from "../db/client";
import { personDetailsSelect } from "../members/person-select";

/** Everything stored about one person (GDPR art. 15 and 20), and nothing about anybody else. */
export async function exportPersonalData(db: Database, userId: string) {
  const { memberships, directoryEntry, ...user } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      ...personDetailsSelect,
      emailVerified: true,
      createdAt: true,
      updatedAt: true,
      municipality: { select: { name: true } },
      applications: {
        orderBy: { createdAt: "asc" },
        select: {
          participation: true,
          year: true,
          status: true,
          createdAt: true,
          decidedAt: true,
          decisionMessage: true,
          newMunicipalityName: true,
          meeting: { select: { title: true, startsAt: true } },
          municipality: { select: { name: true } },
        },
      },
      rsvps: {
        orderBy: { createdAt: "asc" },
        select: {
          status: true,
          createdAt: true,
          updatedAt: true,
          waitlistedAt: true,
          days: true,
          dinner: true,
          overnight: true,
          dietaryWishes: true,
          attended: true,
          meeting: { select: { title: true, startsAt: true } },
        },
      },
      positions: { orderBy: { startedOn: "asc" }, select: { role: true, startedOn: true, endedOn: true, municipality: { select: { name: true } } } },
      memberships: { orderBy: { year: "asc" }, select: { year: true, createdAt: true } },
      sessions: { orderBy: { expires: "asc" }, select: { expires: true } },
      directoryEntry: {
        select: {
          showEmail: true,
          showPhone: true,
          createdAt: true,
          updatedAt: true,
          themes: { orderBy: { theme: { name: "asc" } }, select: { theme: { select: { name: true } } } },
        },
      },
    },
  });
  const [mailToYou, mailAboutYou, accelerationRequests] = await Promise.all([
    user.email ? db.outboxMail.findMany({ where: { to: user.email }, orderBy: { createdAt: "asc" }, select: mailSelect }) : [],
    db.outboxMail.findMany({ where: { aboutUserId: userId }, orderBy: { createdAt: "asc" }, select: { ...mailSelect, to: true } }),
    exportAccelerationRequests(db, userId, user.email),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    person: { ...user, personalMemberships: memberships },
    // The choice on /mijn-gegevens: listed in the members' directory or not, what is shown, and the chosen themes.
    membersDirectory: directoryEntry ? { listed: true, ...directoryEntry, themes: directoryEntry.themes.map((row) => row.theme.name) } : { listed: false },
    emailsSentToYou: mailToYou.map((mail) => contentOf(mail)),
    emailsAboutYou: mailAboutYou.map((mail) => contentOf(mail)),
    accelerationRequests,
  };
}

// A message as kept (lib/mail/outbox.ts): what it is made from (its template and data, never a link), and its text
// only where the local development mailbox keeps it after sending.
const mailSelect = { subject: true, status: true, createdAt: true, sentAt: true, text: true, template: true, templateData: true } as const;

function contentOf<T extends { text: string | null; template: string | null; templateData: unknown }>({ text, template, templateData, ...mail }: T) {
  return { ...mail, content: text, madeFrom: template ? { template, data: templateData } : null };
}
