import type { Metadata } from "next";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { PageHeader } from "@/components/ui/page-header";
import { loadAgendaPage } from "@/lib/meetings/load-agenda-page";
import { db } from "@/lib/db/client";

export const metadata: Metadata = {
  title: "Agenda",
  description: "De bijeenkomsten van het Wmo transformatienetwerk: vier per jaar, waaronder een 24-uursbijeenkomst in een gastgemeente.",
};

export default async function AgendaPage() {
  const { upcoming, pastByYear } = await loadAgendaPage(db);
  return (
    <>
      <PageHeader
        title="Agenda"
        intro={
          <>
            Het netwerk komt vier keer per jaar bijeen. Zet alle bijeenkomsten in je eigen agenda met de <a href="/agenda.ics">agenda-feed (iCalendar)</a>.
          </>
        }
      />
      <section aria-labelledby="komend-titel">
        <h2 id="komend-titel">Komende bijeenkomsten</h2>
        {upcoming.length === 0 ? (
          <p className="mt-4">Er staan nog geen nieuwe bijeenkomsten gepland.</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {upcoming.map((meeting) => (
              <li key={meeting.id}>
                <MeetingCard meeting={meeting} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {pastByYear.length > 0 && (
        <section aria-labelledby="eerder-titel" className="mt-12">
          <h2 id="eerder-titel">Eerdere bijeenkomsten</h2>
          {pastByYear.map(({ year, meetings }) => (
            <section key={year} aria-labelledby={`jaar-${year}`} className="mt-6">
              <h3 id={`jaar-${year}`}>{year}</h3>
              <ul className="mt-3 grid gap-4 sm:grid-cols-2">
                {meetings.map((meeting) => (
                  <li key={meeting.id}>
                    <MeetingCard meeting={meeting} headingLevel={4} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
    </>
  );
}
