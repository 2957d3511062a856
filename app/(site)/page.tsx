import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/articles/article-list";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { SitePageBody, SitePageIntro } from "@/components/site-pages/site-page-text";
import { loadHomePage } from "@/lib/home/load-home-page";
import { db } from "@/lib/db/client";
import { annualFeeCents } from "@/lib/fees/fee-amount";
import { formatEuros } from "@/lib/format/money";

/** The introduction is the secretary's (/beheer/paginas/home); the meetings, the news and the sign-up box are the page's own. */
export default async function HomePage() {
  const { introduction, nextMeeting, laterMeetings, articles } = await loadHomePage(db);
  if (!introduction) notFound();
  return (
    <>
      <section aria-labelledby="intro-titel" className="max-w-prose">
        <h1 id="intro-titel">{introduction.title}</h1>
        <SitePageIntro page={introduction} className="mt-4 text-lg" />
        <div className="mt-4">
          <SitePageBody page={introduction} />
        </div>
      </section>

      <section aria-labelledby="volgende-titel" className="mt-10">
        <h2 id="volgende-titel">Volgende bijeenkomst</h2>
        <div className="mt-4 max-w-xl">{nextMeeting ? <MeetingCard meeting={nextMeeting} /> : <p>Er staat nog geen nieuwe bijeenkomst gepland.</p>}</div>
        {laterMeetings.length > 0 && (
          <ul className="mt-4 list-disc pl-6">
            {laterMeetings.map((meeting) => (
              <li key={meeting.id}>
                <Link href={`/agenda/${meeting.slug}`}>{meeting.title}</Link>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">
          <Link href="/agenda">Bekijk de hele agenda</Link>
        </p>
      </section>

      <section aria-labelledby="nieuws-titel" className="mt-10">
        <h2 id="nieuws-titel">Nieuws en verslagen</h2>
        <div className="mt-4">
          <ArticleList articles={articles} headingLevel={3} />
        </div>
        <p className="mt-4">
          <Link href="/nieuws">Alle nieuwsberichten</Link>
        </p>
      </section>

      <section aria-labelledby="meedoen-titel" className="mt-10 rounded bg-brand-100 p-6">
        <h2 id="meedoen-titel">Doe mee</h2>
        <p className="mt-2 max-w-prose">
          Het netwerk zoekt ambtenaren op strategisch niveau met vernieuwende ideeën en inzicht in de uitvoering. Doe eerst een keer mee, of sluit met je
          gemeente aan voor {formatEuros(annualFeeCents())} per jaar; per gemeente mogen meerdere collega’s aansluiten.
        </p>
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href="/aanmelden" className="button">
            Meld je aan
          </Link>
          <Link href="/deelnemen" className="self-center">
            Hoe deelnemen werkt
          </Link>
        </p>
      </section>
    </>
  );
}
