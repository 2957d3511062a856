import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InvitationPreview } from "@/components/invitations/invitation-preview";
import { InvitationProgress } from "@/components/invitations/invitation-progress";
import { InviteForm } from "@/components/invitations/invite-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { inviteRoleLabels, inviteRoles } from "@/lib/invitations/invite-schema";
import { loadInvitationPage } from "@/lib/invitations/load-invitation-page";
import { pageOf, type SearchParams } from "@/lib/pagination/page-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: "Uitnodigen voor een bijeenkomst" };

export default async function InvitationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/beheer/bijeenkomsten/${id}/uitnodigen`;
  await requireSecretary(path);
  const data = await loadInvitationPage(db, id, pageOf(await searchParams));
  if (!data) notFound();
  const { meeting, notSendable, counts, invitations, municipalities, preview } = data;
  return (
    <>
      <p className="mb-4">
        <Link href={`/beheer/bijeenkomsten/${meeting.id}`}>Terug naar de bijeenkomst</Link>
      </p>
      <PageHeader
        title={`Uitnodigen: ${meeting.title}`}
        intro="Bekijk de uitnodiging, kies wie haar krijgt en verstuur haar. Iedereen krijgt persoonlijke antwoordknoppen en een agenda-uitnodiging."
      />
      <section aria-labelledby="voorbeeld-titel">
        <h2 id="voorbeeld-titel" className="mb-4">
          Voorbeeld
        </h2>
        <InvitationPreview subject={preview.subject} html={preview.html} text={preview.text} />
      </section>
      <section aria-labelledby="ontvangers-titel" className="mt-12">
        <h2 id="ontvangers-titel" className="mb-4">
          Ontvangers kiezen en versturen
        </h2>
        {notSendable ? (
          <p className="rounded bg-yellow-100 p-4">{notSendable}</p>
        ) : (
          <InviteForm
            meetingId={meeting.id}
            municipalities={municipalities}
            roles={inviteRoles.map((role) => ({ value: role, label: inviteRoleLabels[role] }))}
          />
        )}
      </section>
      <section aria-labelledby="voortgang-titel" className="mt-12">
        <h2 id="voortgang-titel" className="mb-4">
          Verstuurd en antwoorden
        </h2>
        <InvitationProgress meetingId={meeting.id} counts={counts} invitations={invitations} canResend={!notSendable} basePath={path} />
      </section>
    </>
  );
}
