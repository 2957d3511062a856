import Link from "next/link";
import { meetingKindLabels } from "@/lib/meetings/meeting-kind";
import type { MeetingSummary } from "@/lib/meetings/queries";
import { MeetingWhen } from "./meeting-when";

export function MeetingCard({ meeting, headingLevel = 3 }: { meeting: MeetingSummary; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const place = meeting.location ?? meeting.hostMunicipality?.name;
  return (
    <article className="rounded border border-neutral-300 p-4">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        {meetingKindLabels[meeting.kind]}
        {meeting.tentative && " · datum onder voorbehoud"}
        {meeting.demo && " · voorbeeld"}
      </p>
      {meeting.cancelledAt && <p className="mt-1 inline-block rounded bg-red-800 px-2 py-0.5 font-semibold text-white">Afgelast</p>}
      <Heading className="mt-1 text-lg font-semibold">
        <Link href={`/agenda/${meeting.slug}`}>{meeting.title}</Link>
      </Heading>
      <p className="mt-1">
        <MeetingWhen {...meeting} />
      </p>
      {place && <p className="text-neutral-700">Locatie: {place}</p>}
      {meeting.address && <p className="whitespace-pre-line text-neutral-700">Adres: {meeting.address}</p>}
    </article>
  );
}
