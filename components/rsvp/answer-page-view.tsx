import Link from "next/link";
import { MeetingWhen } from "@/components/meetings/meeting-when";
import { RsvpForm } from "@/components/meetings/rsvp-form";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate, formatTime } from "@/lib/format/dates";
import { answerByLinkAction } from "@/lib/meetings/actions";
import type { AnswerPage } from "@/lib/meetings/answer-page";
import { rsvpStatusSentences } from "@/lib/meetings/rsvp-labels";
import type { AnswerMeeting } from "@/lib/meetings/rsvp-queries";
import { dietaryWishesRetentionDays } from "@/lib/meetings/rsvp-retention";
import { PlacesTaken } from "./places-taken";

function MeetingFacts({ meeting }: { meeting: AnswerMeeting }) {
  return (
    <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
      <dt className="font-semibold">Bijeenkomst</dt>
      <dd>
        <Link href={`/agenda/${meeting.slug}`}>{meeting.title}</Link>
      </dd>
      <dt className="font-semibold">Wanneer</dt>
      <dd>
        <MeetingWhen {...meeting} />
      </dd>
      {meeting.location && (
        <>
          <dt className="font-semibold">Waar</dt>
          <dd>{meeting.location}</dd>
        </>
      )}
    </dl>
  );
}

type Props = {
  page: Exclude<AnswerPage, { state: "invalid" }>;
  ids: { meetingId: string; personId: string; signature: string };
  suggested?: "ATTENDING" | "NOT_ATTENDING";
};

/** The page behind the personal link in an invitation: the meeting, the recorded answer, and the form to give or change it. */
export function AnswerPageView({ page, ids, suggested }: Props) {
  if (page.state !== "open") {
    const title = page.state === "ended" ? "Deze bijeenkomst is voorbij" : "Deze bijeenkomst is afgelast";
    return (
      <div className="max-w-prose">
        <PageHeader title={title} intro={page.state === "ended" ? "Je kunt je antwoord niet meer veranderen." : "Ze gaat niet door; je hoeft niets te doen."} />
        <MeetingFacts meeting={page.meeting} />
      </div>
    );
  }
  const { meeting, person, answer, dietaryWishesGiven, places, deadline, deadlinePassed } = page;
  const deadlineText = `${formatDate(deadline)} ${formatTime(deadline)} uur`;
  return (
    <div className="max-w-prose">
      <PageHeader title="Kom je?" intro={`Voor ${person.name}.`} />
      <MeetingFacts meeting={meeting} />
      <section aria-labelledby="antwoord-titel" className="rounded bg-brand-100 p-4">
        <h2 id="antwoord-titel" className="mb-2">
          Je antwoord
        </h2>
        <PlacesTaken places={places} />
        {deadlinePassed ? (
          <p>
            {answer ? rsvpStatusSentences[answer.status] : "Je hebt niet laten weten of je komt."} Antwoorden kon tot {deadlineText}. Neem contact op met de
            secretaris als er iets verandert.
          </p>
        ) : (
          <>
            <p className="mb-3">Je kunt je antwoord geven of veranderen tot {deadlineText}.</p>
            <RsvpForm
              action={answerByLinkAction}
              hidden={ids}
              twentyFourHour={meeting.kind === "TWENTY_FOUR_HOUR"}
              current={answer}
              suggested={suggested}
              dietaryWishesGiven={dietaryWishesGiven}
              retentionDays={dietaryWishesRetentionDays()}
            />
          </>
        )}
      </section>
    </div>
  );
}
