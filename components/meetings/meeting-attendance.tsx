import Link from "next/link";
import { JoinAdvice } from "@/components/members/join-advice";
import { PlacesTaken } from "@/components/rsvp/places-taken";
import type { SessionUser } from "@/lib/auth/action-client";
import { db } from "@/lib/db/client";
import { formatDate, formatTime } from "@/lib/format/dates";
import { rsvpAction } from "@/lib/meetings/actions";
import { rsvpStatusSentences } from "@/lib/meetings/rsvp-labels";
import { answerDeadlineOf, loadCurrentAnswer, loadRsvpPlaces } from "@/lib/meetings/rsvp-queries";
import { dietaryWishesRetentionDays } from "@/lib/meetings/rsvp-retention";
import { findCoverage } from "@/lib/members/coverage";
import { currentYear } from "@/lib/members/current-year";
import { coverageSentence, NOT_COVERED_FOR_RSVP } from "@/lib/members/labels";
import { RsvpForm } from "./rsvp-form";

/**
 * "Kom je?" on a meeting's answer page: places taken, the answer and its form for who is covered this year,
 * an explanation with what to do for who is not.
 */
export async function MeetingAttendance({ meetingId, user }: { meetingId: string; user: SessionUser }) {
  const places = await loadRsvpPlaces(db, meetingId);
  if (!places) return null;
  const now = new Date();
  const year = currentYear(now);
  const [coverage, answer] = await Promise.all([findCoverage(db, user.id, year), loadCurrentAnswer(db, user.id, meetingId)]);
  const { kind, answerDeadline } = places;
  const deadline = answerDeadlineOf(places);
  const deadlineText = `${formatDate(deadline)} ${formatTime(deadline)} uur`;
  let content;
  if (coverage.kind === "none" || coverage.kind === "not-admitted") {
    content = (
      <>
        <p>
          {coverageSentence(coverage, year)} {NOT_COVERED_FOR_RSVP} Waarvoor je je hebt aangemeld, staat op <Link href="/mijn-gegevens">Mijn gegevens</Link>.
        </p>
        {coverage.kind === "none" && <JoinAdvice municipal={coverage.municipalityName !== null} />}
      </>
    );
  } else {
    content =
      now > deadline ? (
        <p>
          {answer ? rsvpStatusSentences[answer.status] : "Je hebt niet laten weten of je komt."} Antwoorden kon tot {deadlineText}.
        </p>
      ) : (
        <>
          {answerDeadline && <p className="mb-3">Je kunt je antwoord geven of veranderen tot {deadlineText}.</p>}
          <RsvpForm
            action={rsvpAction}
            hidden={{ meetingId }}
            twentyFourHour={kind === "TWENTY_FOUR_HOUR"}
            current={answer}
            retentionDays={dietaryWishesRetentionDays()}
          />
        </>
      );
  }
  return (
    <section aria-labelledby="aanwezig-titel" className="mt-8 rounded bg-brand-100 p-4">
      <h2 id="aanwezig-titel" className="mb-2">
        Kom je?
      </h2>
      <PlacesTaken places={places} />
      {content}
    </section>
  );
}
