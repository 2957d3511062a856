import type { Metadata } from "next";
import { AccelerationStepForm } from "@/components/acceleration/step-form";
import { AuditList } from "@/components/admin/audit-list";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";
import { accelerationConditions } from "@/lib/acceleration/conditions";
import { UNCONFIRMED_REQUEST_DAYS } from "@/lib/acceleration/confirmation-token";
import { accelerationStatusLabels, accelerationStepNotices } from "@/lib/acceleration/labels";
import { loadAccelerationRequest } from "@/lib/acceleration/list-requests";
import { accelerationSteps, nextSteps } from "@/lib/acceleration/status-steps";
import { requireRecord } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { formatShortDate, formatTime } from "@/lib/format/dates";
import { param, type SearchParams } from "@/lib/pagination/page-params";
import { BackLink } from "@/components/ui/back-link";
import { StatusMessage } from "@/components/ui/status-message";

export const metadata: Metadata = { title: "Aanvraag versnellingstraject" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const when = (date: Date) => `${formatShortDate(date)}, ${formatTime(date)} uur`;

export default async function AccelerationRequestPage({ params, searchParams }: Props) {
  const request = await requireRecord(params, "/beheer/versnellingstraject/[id]", (id) => loadAccelerationRequest(db, id));
  const doneParam = param(await searchParams, "gedaan");
  const done = accelerationSteps.find((step) => step === doneParam);
  const steps = request.confirmedAt ? nextSteps(request.status) : [];
  const rows: [string, string][] = [
    ["Contactpersoon", `${request.contactName}, ${request.contactRole}`],
    ["E-mailadres", request.email],
    ["Telefoonnummer", request.phone ?? "—"],
    ["Opdrachtgever", request.client],
    ["Ingediend op", when(request.createdAt)],
    ["Bevestigd op", request.confirmedAt ? when(request.confirmedAt) : "nog niet bevestigd"],
    ["Status", accelerationStatusLabels[request.status]],
  ];
  return (
    <>
      <BackLink href="/beheer/versnellingstraject">Terug naar de aanvragen</BackLink>
      <PageHeader title={`Aanvraag van gemeente ${request.municipalityName}`} />
      {done && <StatusMessage>{accelerationStepNotices[done]}</StatusMessage>}
      {!request.confirmedAt && (
        <p className="mb-6 max-w-prose rounded bg-brand-100 p-3">
          De aanvrager heeft deze aanvraag nog niet bevestigd met de link in de e-mail. Tot dan kun je er niets mee doen; zonder bevestiging wordt ze{" "}
          {UNCONFIRMED_REQUEST_DAYS} dagen na indienen gewist.
        </p>
      )}
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {request.statusNote && (
          <>
            <dt className="font-semibold">Laatste bericht aan de aanvrager</dt>
            <dd className="whitespace-pre-line">{request.statusNote}</dd>
          </>
        )}
      </dl>
      <Section id="vraag" title="Vraag of transformatieopgave">
        <p className="max-w-prose whitespace-pre-line">{request.question}</p>
      </Section>
      <Section id="voorwaarden" title="Voorwaarden">
        <ol className="max-w-prose list-decimal space-y-4 pl-6">
          {accelerationConditions.map((condition, index) => {
            const answer = request.conditions[index];
            return (
              <li key={condition}>
                <p>{condition}</p>
                <p className="mt-1">
                  <span className="font-semibold">{answer ? (answer.met ? "Ja" : "Nee") : "Niet beantwoord"}</span>
                  {answer?.explanation && <span className="whitespace-pre-line">: {answer.explanation}</span>}
                </p>
              </li>
            );
          })}
        </ol>
      </Section>
      {steps.length > 0 && (
        <Section id="stap" title="Volgende stap">
          <AccelerationStepForm requestId={request.id} steps={steps} />
        </Section>
      )}
      <Section id="geschiedenis" title="Geschiedenis">
        <AuditList entries={request.history} />
      </Section>
    </>
  );
}
