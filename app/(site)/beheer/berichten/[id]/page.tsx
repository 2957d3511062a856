import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/action-button";
import { Pagination } from "@/components/admin/pagination";
import { InvitationPreview } from "@/components/invitations/invitation-preview";
import { MailingForm } from "@/components/mailings/mailing-form";
import { MailingMailsTable } from "@/components/mailings/mailing-mails-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { formatDate, formatTime } from "@/lib/format/dates";
import { sendMailingAction, sendTestMailingAction } from "@/lib/mailings/admin-actions";
import { loadMailingPage, mailingFormValues } from "@/lib/mailings/queries";
import { pageOf, param, type SearchParams } from "@/lib/pagination/page-params";
import { BackLink } from "@/components/ui/back-link";
import { StatusMessage } from "@/components/ui/status-message";

export const metadata: Metadata = { title: "Bericht" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function MailingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/beheer/berichten/${id}`;
  await requireSecretary(path);
  const query = await searchParams;
  const data = await loadMailingPage(db, id, pageOf(query));
  if (!data) notFound();
  const { mailing, preview, options, reach, counts, mails } = data;
  const sentNow = param(query, "verstuurd");
  return (
    <>
      <BackLink href="/beheer/berichten">Terug naar de berichten</BackLink>
      <PageHeader
        title={mailing.sentAt ? `Verstuurd: ${mailing.subject}` : `Concept: ${mailing.subject}`}
        intro={
          mailing.sentAt
            ? `Verstuurd op ${formatDate(mailing.sentAt)} om ${formatTime(mailing.sentAt)} uur.`
            : "Bekijk het voorbeeld, stuur een test naar jezelf en verstuur het daarna."
        }
      />
      {param(query, "opgeslagen") === "1" && <StatusMessage>Het concept is opgeslagen.</StatusMessage>}
      {sentNow && (
        <StatusMessage>
          Het bericht staat klaar voor {sentNow} {sentNow === "1" ? "persoon" : "mensen"} en wordt nu verstuurd.
        </StatusMessage>
      )}
      <Section id="voorbeeld" title="Voorbeeld">
        <InvitationPreview subject={preview.subject} html={preview.html} text={preview.text} what="het bericht" />
      </Section>
      {mailing.sentAt ? (
        <Section id="ontvangers" title="Ontvangers">
          <p className="mb-4">
            Verstuurd aan {mailing.recipientCount} {mailing.recipientCount === 1 ? "persoon" : "mensen"}. Van de berichten van de laatste 30 dagen zijn er{" "}
            {counts.SENT} verzonden, {counts.PENDING + counts.SENDING} in de wachtrij en {counts.FAILED} mislukt.
          </p>
          <MailingMailsTable mailingId={mailing.id} mails={mails.items} />
          {mails.pageCount > 1 && <Pagination page={mails.page} pageCount={mails.pageCount} total={mails.total} basePath={path} />}
        </Section>
      ) : (
        <>
          <Section id="versturen" title="Testen en versturen">
            <p className="mb-4">
              Met deze keuze krijgen nu {reach} {reach === 1 ? "persoon" : "mensen"} het bericht.
            </p>
            <div className="flex flex-wrap gap-4">
              <ActionButton action={sendTestMailingAction} hidden={{ mailingId: mailing.id }} label="Stuur een test naar mij" variant="secondary" />
              {reach ? (
                <ActionButton
                  action={sendMailingAction}
                  hidden={{ mailingId: mailing.id }}
                  label={`Versturen aan ${reach} ${reach === 1 ? "persoon" : "mensen"}`}
                />
              ) : null}
            </div>
          </Section>
          <Section id="bewerken" title="Concept bewerken">
            <MailingForm mailingId={mailing.id} initial={mailingFormValues(data)} options={options!} />
          </Section>
        </>
      )}
    </>
  );
}
