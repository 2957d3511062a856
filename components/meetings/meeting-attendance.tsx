import Link from "next/link";
import { JoinAdvice } from "@/components/members/join-advice";
import { formatDate, formatTime } from "@/lib/format/dates";
import { rsvpAction } from "@/lib/meetings/actions";
import type { MeetingAttendance as Attendance } from "@/lib/meetings/load-meeting-attendance";
import { rsvpStatusSentences } from "@/lib/meetings/rsvp-labels";
import { dietaryWishesRetentionDays } from "@/lib/meetings/rsvp-retention";
import { coverageSentence, NOT_COVERED_FOR_RSVP } from "@/lib/members/labels";
import { AttendanceBox } from "./attendance-box";
import { RsvpForm } from "./rsvp-form";

/**
 * "Kom je?" on a meeting's answer page: places taken, the answer and its form for who is covered this year,
 * an explanation with what to do for who is not (lib/meetings/load-meeting-attendance.ts decides which).
 */
export function MeetingAttendance({ meetingId, attendance }: { meetingId: string; attendance: Attendance }) {
  const { places, answer, deadline } = attendance;
  const deadlineText = `${formatDate(deadline)} ${formatTime(deadline)} uur`;
  let content;
  if (attendance.may === "not-covered") {
    const { coverage, year } = attendance;
    content = (
      <>
        <p>
          {coverageSentence(coverage, year)} {NOT_COVERED_FOR_RSVP} Waarvoor je je hebt aangemeld, staat op <Link href="/mijn-gegevens">Mijn gegevens</Link>.
        </p>
        {coverage.kind === "none" && <JoinAdvice municipal={coverage.municipalityName !== null} />}
      </>
    );
  } else if (attendance.may === "closed") {
    content = (
      <p>
        {answer ? rsvpStatusSentences[answer.status] : "Je hebt niet laten weten of je komt."} Antwoorden kon tot {deadlineText}.
      </p>
    );
  } else {
    content = (
      <>
        {attendance.showDeadline && <p className="mb-3">Je kunt je antwoord geven of veranderen tot {deadlineText}.</p>}
        <RsvpForm
          action={rsvpAction}
          hidden={{ meetingId }}
          twentyFourHour={places.kind === "TWENTY_FOUR_HOUR"}
          current={answer}
          retentionDays={dietaryWishesRetentionDays()}
        />
      </>
    );
  }
  return <AttendanceBox places={places}>{content}</AttendanceBox>;
}
