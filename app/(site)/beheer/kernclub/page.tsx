import type { Metadata } from "next";
import { CurrentPositionList, PastPositionList } from "@/components/kernclub/admin-position-list";
import { GivePositionForm } from "@/components/kernclub/give-position-form";
import { PageHeader } from "@/components/ui/page-header";
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
      <section aria-labelledby="huidig-titel">
        <h2 id="huidig-titel" className="mb-4">
          Huidige functies
        </h2>
        <CurrentPositionList positions={current} today={today} />
      </section>
      <section aria-labelledby="geven-titel" className="mt-10">
        <h2 id="geven-titel" className="mb-4">
          Functie geven
        </h2>
        <GivePositionForm municipalities={municipalities} today={today} />
      </section>
      <section aria-labelledby="eerder-titel" className="mt-10">
        <h2 id="eerder-titel" className="mb-4">
          Eerdere functies
        </h2>
        <PastPositionList positions={past} />
      </section>
    </>
  );
}
