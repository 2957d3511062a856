import type { Metadata } from "next";
import Link from "next/link";
import { DirectoryChoiceForm } from "@/components/directory/directory-choice-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { MailingChoiceForm } from "@/components/account/mailing-choice-form";
import { ProfileForm } from "@/components/account/profile-form";
import { JoinAdvice } from "@/components/members/join-advice";
import { MyMeetings } from "@/components/rsvp/my-meetings";
import { PageHeader } from "@/components/ui/page-header";
import { loadAccountPage } from "@/lib/account/load-account-page";
import { requireUser } from "@/lib/auth/guards";
import { formatShortDate } from "@/lib/format/dates";
import { formatEuros } from "@/lib/format/money";
import { applicationStatusLabels } from "@/lib/members/application-labels";
import { feeStatusLabels } from "@/lib/fees/labels";
import { coverageSentence, roleLabels } from "@/lib/members/labels";
import { organisationTypeLabels, participationLabels } from "@/lib/members/sign-up-schema";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Mijn gegevens", description: "Je gegevens, je deelname en je account." };

export default async function AccountPage() {
  const sessionUser = await requireUser("/mijn-gegevens");
  const { year, user, coverage, fee, themes, directoryChoice } = await loadAccountPage(db, sessionUser.id);
  const hasMemberRights = coverage.kind !== "none" && coverage.kind !== "not-admitted";
  return (
    <>
      <PageHeader title="Mijn gegevens" intro={`Ingelogd als ${user.email}.`} />

      <section aria-labelledby="deelname-titel" className="max-w-prose">
        <h2 id="deelname-titel">Deelname</h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">Rol</dt>
          <dd>{roleLabels[user.role]}</dd>
          <dt className="font-semibold">Organisatie</dt>
          <dd>
            {user.municipality
              ? `Gemeente ${user.municipality.name}`
              : (user.organisationName ?? (user.organisationType ? organisationTypeLabels[user.organisationType] : "Onbekend"))}
          </dd>
          <dt className="font-semibold">Deelname {year}</dt>
          <dd>
            {coverageSentence(coverage, year)}
            {fee && ` Bijdrage ${formatEuros(fee.amountCents)}: ${feeStatusLabels[fee.status]}.`}
            {coverage.kind === "none" && <JoinAdvice municipal={coverage.municipalityName !== null} />}
          </dd>
        </dl>
        {user.applications.length > 0 && (
          <>
            <h3 className="mt-6">Aanmeldingen</h3>
            <ul className="mt-2 list-disc pl-6">
              {user.applications.map((application) => (
                <li key={application.id}>
                  {participationLabels[application.participation]} ({application.year}), aangemeld op {formatShortDate(application.createdAt)}:{" "}
                  {applicationStatusLabels[application.status]}
                </li>
              ))}
            </ul>
          </>
        )}
        <MyMeetings rsvps={user.rsvps} />
      </section>

      <section aria-labelledby="gegevens-titel" className="mt-10">
        <h2 id="gegevens-titel" className="mb-4">
          Je gegevens wijzigen
        </h2>
        <ProfileForm name={user.name} phone={user.phone} jobTitle={user.jobTitle} />
      </section>

      <section aria-labelledby="berichten-titel" className="mt-10">
        <h2 id="berichten-titel" className="mb-4">
          Berichten van het netwerk
        </h2>
        <MailingChoiceForm receivesMailings={user.mailingsOffAt === null} />
      </section>

      <section aria-labelledby="ledenlijst-titel" className="mt-10 max-w-prose">
        <h2 id="ledenlijst-titel">Vindbaar voor collega&apos;s</h2>
        <p className="mt-2">
          In de <Link href="/leden">ledenlijst</Link> vinden deelnemers elkaar: wie werkt waar, aan welke thema&apos;s, en hoe je iemand bereikt. Alleen wie
          ingelogd is en dit jaar meedoet, ziet de lijst. Je staat er alleen in als je dat hieronder aanzet: standaard sta je er niet in.
        </p>
        <p className="mt-2">
          In de lijst staan je naam, je gemeente of organisatie, je functie, de thema&apos;s die je kiest, en alleen de manieren om je te bereiken die je
          aanvinkt. Zet je het weer uit, dan verdwijn je meteen uit de lijst en wissen we wat je koos. Je kunt ook je account verwijderen (hieronder).
        </p>
        {!hasMemberRights && <p className="mt-2">Zolang je dit jaar niet meedoet, sta je niet in de lijst, ook niet als je het aanzet.</p>}
        {hasMemberRights && (
          <p className="mt-2">
            <Link href="/leden">Bekijk de ledenlijst</Link>
          </p>
        )}
        <div className="mt-4">
          <DirectoryChoiceForm choice={directoryChoice} themes={themes} email={user.email} phone={user.phone} />
        </div>
      </section>

      <section aria-labelledby="download-titel" className="mt-10 max-w-prose">
        <h2 id="download-titel">Je gegevens downloaden</h2>
        <p className="mt-2">Download alles wat we over jou bewaren, in een JSON-bestand.</p>
        <p className="mt-3">
          <a href="/mijn-gegevens/export" download className="button">
            Download mijn gegevens
          </a>
        </p>
      </section>

      <section aria-labelledby="verwijderen-titel" className="mt-10 max-w-prose">
        <h2 id="verwijderen-titel" className="mb-2">
          Account verwijderen
        </h2>
        <p className="mb-4">
          We verwijderen je account, je aanmeldingen, je plek in de ledenlijst en je gegevens. De deelname en de bijdrage van je gemeente blijven bestaan. Lees
          meer in de <Link href="/privacy">privacyverklaring</Link>.
        </p>
        <DeleteAccountForm />
      </section>
    </>
  );
}
