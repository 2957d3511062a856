import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminDocumentList } from "@/components/documents/admin-document-list";
import { UploadDocumentForm } from "@/components/documents/upload-document-form";
import { AdminAgendaList } from "@/components/meetings/admin-agenda-list";
import { AgendaItemForm } from "@/components/meetings/agenda-item-form";
import { CancelMeetingForm } from "@/components/meetings/cancel-meeting-form";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { uploadMaxMb } from "@/lib/documents/storage";
import { formatShortDate } from "@/lib/format/dates";
import { updateMeetingAction } from "@/lib/meetings/admin-actions";
import { getMeetingForAdmin, meetingStatusLabel } from "@/lib/meetings/admin-queries";
import { municipalityOptions } from "@/lib/municipalities/municipality-options";
import { meetingFormValues } from "@/lib/meetings/meeting-times";
import { listThemeOptions } from "@/lib/themes/queries";
import { BackLink } from "@/components/ui/back-link";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Bijeenkomst bewerken" };

export default async function AdminMeetingPage({ params }: Props) {
  const { id } = await params;
  await requireSecretary(`/beheer/bijeenkomsten/${id}`);
  const [meeting, municipalities, themes] = await Promise.all([getMeetingForAdmin(db, id), municipalityOptions(db), listThemeOptions(db)]);
  if (!meeting) notFound();
  return (
    <>
      <BackLink href="/beheer/bijeenkomsten">Terug naar de bijeenkomsten</BackLink>
      <PageHeader title={meeting.title} intro={`Status: ${meetingStatusLabel(meeting)}.`} />
      {meeting.published && (
        <p className="-mt-4 mb-8">
          <Link href={`/agenda/${meeting.slug}`}>Bekijk op de site</Link>
        </p>
      )}
      <ul className="mb-8 list-disc space-y-1 pl-6">
        <li>
          <Link href={`/beheer/bijeenkomsten/${meeting.id}/uitnodigen`}>Uitnodigingen versturen en volgen</Link>
        </li>
        <li>
          <Link href={`/beheer/bijeenkomsten/${meeting.id}/aanwezigheid`}>Aanwezigheid: aantallen, lijst en presentielijst</Link>
        </li>
      </ul>
      <section aria-labelledby="gegevens-titel">
        <h2 id="gegevens-titel" className="mb-4">
          Gegevens
        </h2>
        <MeetingForm
          action={updateMeetingAction}
          meetingId={meeting.id}
          initial={{ ...meetingFormValues(meeting), themeIds: meeting.themes.map((theme) => theme.themeId).join(",") }}
          municipalities={municipalities}
          themes={themes}
          submitLabel="Bijeenkomst opslaan"
        />
      </section>
      <section aria-labelledby="programma-titel" className="mt-12">
        <h2 id="programma-titel" className="mb-4">
          Onderwerpen en sprekers
        </h2>
        <AdminAgendaList items={meeting.agendaItems} />
        <h3 className="mt-6">Agendapunt toevoegen</h3>
        <AgendaItemForm meetingId={meeting.id} />
      </section>
      <section aria-labelledby="documenten-titel" className="mt-12">
        <h2 id="documenten-titel" className="mb-4">
          Documenten
        </h2>
        <AdminDocumentList documents={meeting.documents} />
        <h3 className="mt-6">Document toevoegen</h3>
        <UploadDocumentForm meetingId={meeting.id} maxMb={uploadMaxMb()} themes={themes} />
      </section>
      <section aria-labelledby="verslagen-titel" className="mt-12">
        <h2 id="verslagen-titel" className="mb-4">
          Verslagen
        </h2>
        {meeting.reports.length ? (
          <ul className="space-y-1">
            {meeting.reports.map((report) => (
              <li key={report.id}>{report.published ? <Link href={`/nieuws/${report.slug}`}>{report.title}</Link> : <>{report.title} (concept)</>}</li>
            ))}
          </ul>
        ) : (
          <p>Nog geen verslagen. Een verslag koppel je bij het nieuwsbericht aan deze bijeenkomst.</p>
        )}
      </section>
      <section aria-labelledby="afgelasten-titel" className="mt-12">
        <h2 id="afgelasten-titel" className="mb-4">
          Afgelasten
        </h2>
        {meeting.cancelledAt ? <p>Deze bijeenkomst is afgelast op {formatShortDate(meeting.cancelledAt)}.</p> : <CancelMeetingForm meetingId={meeting.id} />}
      </section>
    </>
  );
}
