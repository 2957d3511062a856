// `npm run members:approve -- naam@gemeente.nl` approves that person's pending applications (the same
// domain function as the admin area's "Goedkeuren"); without an address it lists what is pending.
import { createPrismaClient } from "../lib/db/client";
import { approveApplication } from "../lib/members/approve-application";
import { recordPublicPagesChanged } from "../lib/site/record-public-pages-changed";
import { withDatabase } from "./with-database";

const email = process.argv[2]?.trim().toLowerCase();

await withDatabase(async (url) => {
  const db = createPrismaClient(url);
  try {
    const pending = await db.application.findMany({
      where: { status: "PENDING", ...(email ? { user: { email } } : {}) },
      orderBy: { createdAt: "asc" },
      select: { id: true, participation: true, year: true, createdAt: true, user: { select: { name: true, email: true, emailVerified: true } } },
    });
    if (!email) {
      if (!pending.length) console.log("Geen aanmeldingen die wachten op goedkeuring.");
      for (const application of pending) {
        const confirmed = application.user.emailVerified ? "bevestigd" : "e-mailadres nog niet bevestigd";
        console.log(
          `${application.user.email}\t${application.user.name}\t${application.participation === "THIS_YEAR" ? `dit jaar (${application.year})` : "een keer"}\t${confirmed}\t${application.createdAt.toISOString()}`,
        );
      }
      return;
    }
    if (!pending.length) {
      console.error(`Geen aanmelding van ${email} die wacht op goedkeuring.`);
      process.exitCode = 1;
      return;
    }
    let approved = false;
    for (const application of pending) {
      const result = await approveApplication(db, application.id, { actor: { id: null, label: "npm run members:approve" } });
      const messages = {
        approved: "goedgekeurd",
        "not-confirmed": "nog niet goedgekeurd: het e-mailadres is nog niet bevestigd",
        "not-pending": "al behandeld",
        "not-found": "niet gevonden",
        "municipality-conflict": `nog niet goedgekeurd: de ingevulde gemeente lijkt op ${"existingName" in result ? result.existingName : "een bestaande"}; kies de gemeente in het beheer (/beheer/aanmeldingen)`,
        "municipality-unknown": "nog niet goedgekeurd: de gekozen gemeente bestaat niet",
      };
      console.log(`${email}: ${messages[result.outcome]}`);
      if (result.outcome === "approved") approved = true;
      else process.exitCode = 1;
    }
    // An approval can give a municipality its membership, which /deelnemen counts: the running site renews its pages.
    if (approved) await recordPublicPagesChanged(db, "npm run members:approve");
  } finally {
    await db.$disconnect();
  }
});
