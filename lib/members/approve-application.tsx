import { ApplicationApprovedEmail } from "@/emails/application-approved";
import type { Database } from "../db/client";
import { ensureMembership } from "../fees/ensure-membership";
import { slugify } from "../format/slug";
import { deliverPendingMail, enqueueMail } from "../mail/outbox";
import { renderEmail } from "../mail/render-email";
import { siteUrl } from "../site/config";

export type ApproveResult = { outcome: "approved" } | { outcome: "not-pending" } | { outcome: "not-confirmed" } | { outcome: "not-found" };

/**
 * Approves a pending application: a yearly member's municipality gets its membership and fee record for
 * the year, a guest gets an RSVP for the chosen meeting. Only once the applicant has confirmed their
 * e-mail address. Safe to call twice or concurrently.
 */
export async function approveApplication(db: Database, applicationId: string): Promise<ApproveResult> {
  const result = await db.$transaction(async (tx): Promise<ApproveResult> => {
    const application = await tx.application.findUnique({
      where: { id: applicationId },
      select: {
        participation: true,
        year: true,
        meetingId: true,
        municipalityId: true,
        newMunicipalityName: true,
        user: { select: { id: true, name: true, email: true, emailVerified: true, role: true, municipalityId: true, organisationType: true } },
      },
    });
    if (!application) return { outcome: "not-found" };
    // Until the applicant has confirmed the address, anyone could have typed it in.
    if (!application.user.emailVerified) return { outcome: "not-confirmed" };
    const claimed = await tx.application.updateMany({ where: { id: applicationId, status: "PENDING" }, data: { status: "APPROVED", decidedAt: new Date() } });
    if (claimed.count === 0) return { outcome: "not-pending" };

    const { user } = application;
    let municipalityId = application.municipalityId;
    if (!municipalityId && application.newMunicipalityName) {
      const name = application.newMunicipalityName;
      await tx.municipality.createMany({ data: [{ name, slug: slugify(name) }], skipDuplicates: true });
      municipalityId = (await tx.municipality.findFirstOrThrow({ where: { OR: [{ slug: slugify(name) }, { name }] }, select: { id: true } })).id;
      await tx.application.update({ where: { id: applicationId }, data: { municipalityId } });
    }
    await tx.user.update({
      where: { id: user.id },
      data: {
        municipalityId: user.municipalityId ?? municipalityId,
        // Yearly participants become members; secretaries and kernclub keep their role.
        role: application.participation === "THIS_YEAR" && user.role === "GUEST" ? "MEMBER" : undefined,
      },
    });

    let participation: string;
    if (application.participation === "THIS_YEAR") {
      if (municipalityId && user.organisationType === "MUNICIPALITY") await ensureMembership(tx, municipalityId, application.year);
      participation = `Je doet in ${application.year} mee met het netwerk.`;
    } else {
      if (application.meetingId) {
        await tx.rsvp.createMany({ data: [{ userId: user.id, meetingId: application.meetingId, status: "ATTENDING" }], skipDuplicates: true });
      }
      participation = "Je bent welkom als gast bij de bijeenkomst die je koos.";
    }
    if (user.email) {
      await enqueueMail(tx, user.email, await renderEmail("Je aanmelding is goedgekeurd", <ApplicationApprovedEmail name={user.name} participation={participation} signInUrl={`${siteUrl()}/inloggen`} />));
    }
    return { outcome: "approved" };
  });
  if (result.outcome === "approved") await deliverPendingMail(db);
  return result;
}
