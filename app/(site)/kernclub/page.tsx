import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { PositionPeriod } from "@/components/kernclub/position-period";
import { SecretaryContact } from "@/components/kernclub/secretary-contact";
import { loadKernclubPage } from "@/lib/kernclub/load-kernclub-page";
import { positionRoleLabels } from "@/lib/kernclub/position-role";
import { db } from "@/lib/db/client";

export const metadata: Metadata = {
  title: "Kernclub",
  description: "De kernclub van het Wmo transformatienetwerk: de voorzitter, drie leden en de secretaris.",
};

export default async function KernclubPage() {
  const { chair, members, secretary, former } = await loadKernclubPage(db);
  const kernclub = [chair, ...members].filter((position) => position !== null);
  return (
    <>
      <PageHeader title="Kernclub" intro="Een voorzitter en drie leden vormen de kernclub die het netwerk runt. Zij worden ondersteund door de secretaris." />
      <section aria-labelledby="leden-titel">
        <h2 id="leden-titel">Leden van de kernclub</h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {kernclub.map((position) => (
            <li key={position.id} className="rounded border border-neutral-300 p-4">
              <p className="text-lg font-semibold">{position.user.name}</p>
              <p>
                {positionRoleLabels[position.role]}
                {position.municipality && <>, gemeente {position.municipality.name}</>}
              </p>
              {/* The 2020 kernclub is known only from a source of that year: say so rather than show it as simply current. */}
              <p className="text-sm text-neutral-700">
                <PositionPeriod position={position} />
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="secretaris-titel" className="mt-10">
        <h2 id="secretaris-titel">Secretaris</h2>
        {secretary ? <SecretaryContact secretary={secretary} /> : <p className="mt-2">De functie van secretaris is op dit moment niet bezet.</p>}
        <p className="mt-2">
          <Link href="/contact">Alle contactgegevens</Link>
        </p>
      </section>
      {former.length > 0 && (
        <section aria-labelledby="eerder-titel" className="mt-10">
          <h2 id="eerder-titel">Eerder</h2>
          <ul className="mt-4 list-disc space-y-1 pl-6">
            {former.map((position) => (
              <li key={position.id}>
                {position.user.name}, {positionRoleLabels[position.role].toLowerCase()}
                {position.municipality && <> (gemeente {position.municipality.name})</>}, <PositionPeriod position={position} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
