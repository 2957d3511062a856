import "server-only";
import type { Database } from "../db/client";
import { formatDate } from "../format/dates";
import { Prisma } from "../db/generated/client";
import { queueMail, queueMails } from "../mail/outbox";
import { hitRateLimits } from "../rate-limit/rate-limit";
import { signUpClientRule, signUpPerEmail } from "../rate-limit/rules";
import { currentYear } from "./current-year";
import { secretaryEmails } from "./notify-secretaries";
import { NEW_MUNICIPALITY, organisationTypeLabels, type SignUpInput } from "./sign-up-schema";

export type SubmitResult =
  | { outcome: "submitted"; applicationId: string }
  | { outcome: "rate-limited"; retryAfterSeconds: number }
  | { outcome: "invalid"; fieldErrors: Record<string, string> };

/**
 * Records a sign-up and queues the applicant's confirmation (its link verifies the address) and the
 * secretaries' notification in the same transaction. Submitting the same form twice records it once.
 */
export async function submitApplication(db: Database, input: SignUpInput, { client, now = new Date() }: { client: string; now?: Date }): Promise<SubmitResult> {
  const existing = await db.application.findUnique({ where: { submissionId: input.submissionId }, select: { id: true } });
  if (existing) return { outcome: "submitted", applicationId: existing.id };

  const limit = await hitRateLimits(
    db,
    [
      [signUpClientRule(client), client],
      [signUpPerEmail, input.email],
    ],
    now,
  );
  if (!limit.allowed) return { outcome: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };

  const choices = await checkChoices(db, input, now);
  if ("fieldErrors" in choices) return { outcome: "invalid", fieldErrors: choices.fieldErrors };

  try {
    const applicationId = await db.$transaction(async (tx) => {
      const user = await tx.user.upsert({
        where: { email: input.email },
        // An existing account keeps its details: a form anyone can fill in must not change them.
        update: {},
        create: {
          email: input.email,
          name: input.name,
          phone: input.phone,
          jobTitle: input.jobTitle,
          organisationType: input.organisationType,
          organisationName: organisationNameOf(input),
          // No municipality and no admission: what the form says is a claim on the application, for the secretary.
        },
        select: { id: true },
      });
      const application = await tx.application.create({
        data: {
          submissionId: input.submissionId,
          userId: user.id,
          participation: input.participation,
          year: choices.year,
          meetingId: choices.meetingId,
          municipalityId: choices.municipalityId,
          newMunicipalityName: choices.newMunicipalityName,
        },
        select: { id: true },
      });
      const participation = choices.meetingTitle ? `Je doet een keer mee: ${choices.meetingTitle}.` : `Je doet in ${choices.year} mee.`;
      // The confirmation link is made when the mail is sent (lib/mail/account-templates.tsx), never stored.
      await queueMail(tx, { to: input.email, template: "confirm-application", data: { name: input.name, participation, applicationId: application.id } });
      const notice = {
        name: input.name,
        email: input.email,
        organisation: choices.organisationDescription,
        participation: choices.meetingTitle ? `een keer (${choices.meetingTitle})` : `heel ${choices.year}`,
      };
      await queueMails(
        tx,
        (await secretaryEmails(tx)).map((to) => ({ to, template: "new-application", data: notice, aboutUserId: user.id })),
      );
      return application.id;
    });
    return { outcome: "submitted", applicationId };
  } catch (error) {
    // The same form sent twice at the same moment: the other request recorded it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.application.findUnique({ where: { submissionId: input.submissionId }, select: { id: true } });
      if (winner) return { outcome: "submitted", applicationId: winner.id };
    }
    throw error;
  }
}

function organisationNameOf(input: SignUpInput): string | null {
  if (input.organisationType === "VNG") return "VNG";
  if (input.organisationType === "MUNICIPALITY") return null;
  return input.organisationName;
}

/** Checks the choices that need the database: a known municipality and a meeting still to come. */
type Choices = {
  municipalityId: string | null;
  newMunicipalityName: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  year: number;
  organisationDescription: string;
};

async function checkChoices(db: Database, input: SignUpInput, now: Date): Promise<Choices | { fieldErrors: Record<string, string> }> {
  const fieldErrors: Record<string, string> = {};
  let municipalityId: string | null = null;
  let newMunicipalityName: string | null = null;
  let organisationDescription = input.organisationType === "MUNICIPALITY" ? "" : (organisationNameOf(input) ?? organisationTypeLabels[input.organisationType]);
  if (input.organisationType === "MUNICIPALITY") {
    if (input.municipalityId === NEW_MUNICIPALITY) {
      const known = await db.municipality.findFirst({
        where: { name: { equals: input.newMunicipality, mode: "insensitive" } },
        select: { id: true, name: true },
      });
      municipalityId = known?.id ?? null;
      newMunicipalityName = known ? null : input.newMunicipality;
      organisationDescription = `Gemeente ${known?.name ?? input.newMunicipality}`;
    } else {
      const known = await db.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true, name: true } });
      if (!known) fieldErrors.municipalityId = "Kies je gemeente uit de lijst.";
      municipalityId = known?.id ?? null;
      organisationDescription = `Gemeente ${known?.name ?? ""}`;
    }
  }
  let meetingId: string | null = null;
  let meetingTitle: string | null = null;
  let year = currentYear(now);
  if (input.participation === "ONE_MEETING") {
    const meeting = await db.meeting.findFirst({
      where: { id: input.meetingId, published: true, endsAt: { gte: now } },
      select: { id: true, title: true, startsAt: true },
    });
    if (!meeting) fieldErrors.meetingId = "Kies een bijeenkomst die nog komt.";
    meetingId = meeting?.id ?? null;
    meetingTitle = meeting ? `${meeting.title} op ${formatDate(meeting.startsAt)}` : null;
    if (meeting) year = currentYear(meeting.startsAt);
  }
  if (Object.keys(fieldErrors).length) return { fieldErrors };
  return { municipalityId, newMunicipalityName, meetingId, meetingTitle, year, organisationDescription };
}
