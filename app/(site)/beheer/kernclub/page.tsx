import type { Metadata } from "next";
import { CurrentPositionList, PastPositionList } from "@/components/kernclub/admin-position-list";
import { GivePositionForm } from "@/components/kernclub/give-position-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { localDateKey } from "@/lib/format/dates";
import { loadAdminKernclub } from "@/lib/kernclub/load-admin-kernclub";

export const metadata: Metadata = { title: "Kernclub" };

export default async function AdminKernclubPage() {
  await requireSecretary("/beheer/kernclub");
  const { current, past, municipalities } = await loadAdminKernclub(db);
  const today = localDateKey(new Date());
  return (
    <>
      <PageHeader
        title="Kernclub"
        intro="Wie welke functie heeft: de voorzitter, de leden van de kernclub en de secretaris. Een functie verandert niets aan wat iemand op de website mag."
      />
      <Section id="huidig" title="Huidige functies">
        <CurrentPositionList positions={current} today={today} />
      </Section>
      <Section id="geven" title="Functie geven">
        <GivePositionForm municipalities={municipalities} today={today} />
      </Section>
      <Section id="eerder" title="Eerdere functies">
        <PastPositionList positions={past} />
      </Section>
    </>
  );
}
