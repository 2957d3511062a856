import type { Metadata } from "next";
import { MailingForm } from "@/components/mailings/mailing-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { loadNewMailingForm } from "@/lib/mailings/queries";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Nieuw bericht" };

export default async function NewMailingPage() {
  await requireSecretary("/beheer/berichten/nieuw");
  const options = await loadNewMailingForm(db);
  return (
    <>
      <BackLink href="/beheer/berichten">Terug naar de berichten</BackLink>
      <PageHeader
        title="Nieuw bericht"
        intro="Schrijf het bericht en kies wie het krijgt. Je slaat het eerst op als concept: dan zie je het voorbeeld en kun je een test sturen."
      />
      <MailingForm options={options} />
    </>
  );
}
