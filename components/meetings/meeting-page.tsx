import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingDocuments } from "@/components/documents/meeting-documents";
import { ThemeLinks } from "@/components/themes/theme-links";
import { AttendanceSummary } from "@/components/meetings/attendance-summary";
import { MeetingWhen } from "@/components/meetings/meeting-when";
import { formatDateRange } from "@/lib/format/dates";
import { meetingKindLabels } from "@/lib/meetings/meeting-kind";
import { getPublishedMeeting } from "@/lib/meetings/queries";
import { currentReader } from "@/lib/site/serving/current-reader";
import { db } from "@/lib/db/client";

export type MeetingPageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: MeetingPageProps): Promise<Metadata> {
  const meeting = await getPublishedMeeting(db, (await params).slug);
  if (!meeting) return { title: "Pagina niet gevonden" };
  return {
    title: `${meeting.title}, ${formatDateRange(meeting.startsAt, meeting.endsAt)}`,
    description: `${meetingKindLabels[meeting.kind]} van het Wmo transformatienetwerk op ${formatDateRange(meeting.startsAt, meeting.endsAt)}.`,
  };
}

/** A meeting's page; what depends on the reader is in its personal parts (lib/site/serving/personal-parts.ts). */
export async function MeetingPage({ slug }: { slug: string }) {
  const meeting = await getPublishedMeeting(db, slug);
  if (!meeting) notFound();
  const reader = await currentReader([meeting.id]);
  const place = meeting.location ?? meeting.hostMunicipality?.name;
  return (
    <article className="max-w-prose">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{meetingKindLabels[meeting.kind]}</p>
      <h1>{meeting.title}</h1>
      {meeting.demo && (
        <p className="mt-4 rounded bg-brand-100 p-3">
          <span className="mr-2 rounded bg-brand-900 px-2 py-0.5 font-semibold text-white">Voorbeeld</span>
          Deze bijeenkomst is verzonnen om te laten zien hoe de agenda werkt. Ze gaat niet door en er gaan geen uitnodigingen voor uit.
        </p>
      )}
      {meeting.cancelledAt && (
        <p className="mt-4 rounded bg-red-100 p-3 font-semibold text-red-900">
          <span className="mr-2 rounded bg-red-800 px-2 py-0.5 text-white">Afgelast</span>
          Deze bijeenkomst gaat niet door.
        </p>
      )}
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Wanneer</dt>
        <dd>
          <MeetingWhen {...meeting} />
          {meeting.tentative && <> (onder voorbehoud)</>}
        </dd>
        {place && (
          <>
            <dt className="font-semibold">Waar</dt>
            <dd>{place}</dd>
          </>
        )}
        {meeting.address && (
          <>
            <dt className="font-semibold">Adres</dt>
            <dd className="whitespace-pre-line">{meeting.address}</dd>
          </>
        )}
        {meeting.hostMunicipality && (
          <>
            <dt className="font-semibold">Gastgemeente</dt>
            <dd>{meeting.hostMunicipality.name}</dd>
          </>
        )}
      </dl>
      {meeting.scheduleNote && <p className="mt-4 rounded bg-brand-100 p-3">{meeting.scheduleNote}</p>}
      {meeting.description && <p className="mt-6">{meeting.description}</p>}
      <ThemeLinks themes={meeting.themes} />
      {meeting.agendaItems.length > 0 && (
        <section aria-labelledby="programma-titel" className="mt-8">
          <h2 id="programma-titel">Onderwerpen en sprekers</h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            {meeting.agendaItems.map((item) => (
              <li key={item.id}>
                {item.title}
                {item.speaker && <span className="block text-neutral-700">Spreker: {item.speaker}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <MeetingDocuments slug={meeting.slug} documents={meeting.documents} reader={reader} />
      {meeting.endsAt >= new Date() && !meeting.cancelledAt && <AttendanceSummary meetingId={meeting.id} slug={meeting.slug} reader={reader} />}
      {meeting.reports.length > 0 && (
        <section aria-labelledby="verslag-titel" className="mt-8">
          <h2 id="verslag-titel">Verslag</h2>
          <ul className="mt-3 space-y-1">
            {meeting.reports.map((report) => (
              <li key={report.slug}>
                <Link href={`/nieuws/${report.slug}`}>{report.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-8 flex flex-wrap gap-4">
        <a href={`/agenda/${meeting.slug}/kalender.ics`} className="button" download>
          Zet in mijn agenda
        </a>
        <Link href="/agenda" className="self-center">
          Terug naar de agenda
        </Link>
      </p>
    </article>
  );
}
