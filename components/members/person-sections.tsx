import Link from "next/link";
import type { ReactNode } from "react";
import { Section } from "@/components/ui/section";
import { formatShortDate, formatTime } from "@/lib/format/dates";
import type { PersonPage } from "@/lib/members/person-page";
import { positionRoleLabels } from "@/lib/people/position-role";
import { rsvpStatusLabels } from "@/lib/meetings/rsvp-labels";

const applicationStatusLabels = { PENDING: "wacht op goedkeuring", APPROVED: "goedgekeurd", REJECTED: "afgewezen" } as const;
const participationLabels = { ONE_MEETING: "Een keer", THIS_YEAR: "Het hele jaar" } as const;
const mailStatusLabels = { PENDING: "wacht op verzending", SENDING: "wordt verzonden", SENT: "verzonden", FAILED: "mislukt" } as const;

const when = (date: Date) => `${formatShortDate(date)}, ${formatTime(date)} uur`;

function Table({ headers, rows }: { headers: string[]; rows: ReactNode[][] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-neutral-700">
            {headers.map((header) => (
              <th key={header} scope="col" className="py-2 pr-4">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, row) => (
            <tr key={row} className="border-b border-neutral-300">
              {cells.map((cell, column) => (
                <td key={column} className="py-2 pr-4">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PositionsSection({ positions }: { positions: PersonPage["person"]["positions"] }) {
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

export function ApplicationsSection({ applications }: { applications: PersonPage["person"]["applications"] }) {
  return (
    <Section id="aanmeldingen" title="Aanmeldingen">
      {applications.length ? (
        <Table
          headers={["Deelname", "Jaar", "Status", "Aangemeld op"]}
          rows={applications.map((application) => [
            participationLabels[application.participation],
            application.year,
            applicationStatusLabels[application.status],
            formatShortDate(application.createdAt),
          ])}
        />
      ) : (
        <p>Geen aanmeldingen.</p>
      )}
    </Section>
  );
}

export function AttendanceSection({ rsvps }: { rsvps: PersonPage["person"]["rsvps"] }) {
  return (
    <Section id="aanwezigheid" title="Aanwezigheid">
      {rsvps.length ? (
        <Table
          headers={["Bijeenkomst", "Datum", "Antwoord"]}
          rows={rsvps.map((rsvp) => [
            <Link key="link" href={`/beheer/bijeenkomsten/${rsvp.meeting.id}`}>
              {rsvp.meeting.title}
            </Link>,
            formatShortDate(rsvp.meeting.startsAt),
            rsvpStatusLabels[rsvp.status],
          ])}
        />
      ) : (
        <p>Nog geen antwoorden op bijeenkomsten.</p>
      )}
    </Section>
  );
}

export function MailsSection({ mails }: { mails: PersonPage["mails"] }) {
  return (
    <Section id="e-mails" title="E-mails">
      <p className="mb-3 text-sm text-neutral-700">
        De laatste 20 berichten aan of over deze persoon. De inhoud staat hier niet: die kan een inloglink bevatten.
      </p>
      {mails.length ? (
        <Table
          headers={["Onderwerp", "Status", "Aangemaakt", "Verzonden"]}
          rows={mails.map((mail) => [mail.subject, mailStatusLabels[mail.status], when(mail.createdAt), mail.sentAt ? when(mail.sentAt) : "—"])}
        />
      ) : (
        <p>Geen e-mails.</p>
      )}
    </Section>
  );
}
