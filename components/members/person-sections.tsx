import Link from "next/link";
import { type Column, DataTable } from "@/components/admin/data-table";
import { Section } from "@/components/ui/section";
import { formatShortDate, formatTime } from "@/lib/format/dates";
import type { PersonPage } from "@/lib/members/person-page";
import { positionRoleLabels } from "@/lib/kernclub/position-role";
import { rsvpStatusLabels } from "@/lib/meetings/rsvp-labels";

const applicationStatusLabels = { PENDING: "wacht op goedkeuring", APPROVED: "goedgekeurd", REJECTED: "afgewezen" } as const;
const participationLabels = { ONE_MEETING: "Een keer", THIS_YEAR: "Het hele jaar" } as const;
const mailStatusLabels = { PENDING: "wacht op verzending", SENDING: "wordt verzonden", SENT: "verzonden", FAILED: "mislukt" } as const;

const when = (date: Date) => `${formatShortDate(date)}, ${formatTime(date)} uur`;

type Person = PersonPage["person"];

const applicationColumns: Column<Person["applications"][number]>[] = [
  { header: "Deelname", cell: (application) => participationLabels[application.participation] },
  { header: "Jaar", cell: (application) => application.year },
  { header: "Status", cell: (application) => applicationStatusLabels[application.status] },
  { header: "Aangemeld op", cell: (application) => formatShortDate(application.createdAt) },
];

const rsvpColumns: Column<Person["rsvps"][number]>[] = [
  { header: "Bijeenkomst", cell: (rsvp) => <Link href={`/beheer/bijeenkomsten/${rsvp.meeting.id}`}>{rsvp.meeting.title}</Link> },
  { header: "Datum", cell: (rsvp) => formatShortDate(rsvp.meeting.startsAt) },
  { header: "Antwoord", cell: (rsvp) => rsvpStatusLabels[rsvp.status] },
  { header: "Aanwezig", cell: (rsvp) => (rsvp.attended ? "ja" : rsvp.meeting.presenceRecordedAt ? "nee" : "niet bijgehouden") },
];

const mailColumns: Column<PersonPage["mails"][number]>[] = [
  { header: "Onderwerp", cell: (mail) => mail.subject },
  { header: "Status", cell: (mail) => mailStatusLabels[mail.status] },
  { header: "Aangemaakt", cell: (mail) => when(mail.createdAt) },
  { header: "Verzonden", cell: (mail) => (mail.sentAt ? when(mail.sentAt) : "—") },
];

export function PositionsSection({ positions }: { positions: Person["positions"] }) {
  return (
    <Section id="functies" title="Functies in het netwerk">
      {positions.length ? (
        <ul className="list-disc pl-6">
          {positions.map((position) => (
            <li key={position.id}>
              {positionRoleLabels[position.role]}
              {position.municipality && ` (gemeente ${position.municipality.name})`}, sinds {formatShortDate(position.startedOn)}
              {position.endedOn ? `, tot ${formatShortDate(position.endedOn)}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p>Geen functies.</p>
      )}
    </Section>
  );
}

export function ApplicationsSection({ applications }: { applications: Person["applications"] }) {
  return (
    <Section id="aanmeldingen" title="Aanmeldingen">
      <DataTable columns={applicationColumns} rows={applications} empty="Geen aanmeldingen." />
    </Section>
  );
}

const attendedSentence = (count: number) =>
  count
    ? `Volgens de presentielijsten aanwezig bij ${count} ${count === 1 ? "bijeenkomst" : "bijeenkomsten"}.`
    : "Volgens de presentielijsten nog bij geen bijeenkomst aanwezig.";

export function AttendanceSection({ rsvps }: { rsvps: Person["rsvps"] }) {
  return (
    <Section id="aanwezigheid" title="Aanwezigheid">
      <p className="mb-3">{attendedSentence(rsvps.filter((rsvp) => rsvp.attended).length)}</p>
      <DataTable columns={rsvpColumns} rows={rsvps} empty="Nog geen antwoorden op bijeenkomsten." />
    </Section>
  );
}

export function MailsSection({ mails }: { mails: PersonPage["mails"] }) {
  return (
    <Section id="e-mails" title="E-mails">
      <p className="mb-3 text-sm text-neutral-700">
        De laatste 20 berichten aan of over deze persoon. De inhoud staat hier niet: die kan een inloglink bevatten.
      </p>
      <DataTable columns={mailColumns} rows={mails} empty="Geen e-mails." />
    </Section>
  );
}
