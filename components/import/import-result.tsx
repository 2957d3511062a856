import Link from "next/link";
import { annualFeeCents } from "@/lib/fees/fee-amount";
import type { ImportRecord } from "@/lib/import/load-import-page";
import { ImportCounts } from "./import-counts";
import { count } from "./import-labels";

/** After confirming: what the import did, with the way on. */
export function ImportResult({ record }: { record: ImportRecord }) {
  const { summary } = record;
  return (
    <section aria-labelledby="klaar-titel" className="mb-10 rounded bg-green-100 p-4 text-green-900">
      <h2 id="klaar-titel" className="mb-2 text-xl">
        “{record.fileName}” is geïmporteerd
      </h2>
      <ImportCounts
        people={summary.people}
        municipalities={summary.municipalities}
        memberships={summary.memberships}
        positions={summary.positions}
        feeCents={annualFeeCents()}
      />
      <p className="mt-3">
        {summary.welcomeMails
          ? `${count(summary.welcomeMails, "nieuwe persoon krijgt", "nieuwe mensen krijgen")} een welkomstmail met een inloglink.`
          : "Niemand heeft een e-mail gekregen."}{" "}
        Elke wijziging staat in het <Link href="/beheer/logboek?type=Import">logboek</Link>.
      </p>
      <p className="mt-3">
        <Link href="/beheer/mensen">Naar Mensen</Link> · <Link href="/beheer/gemeenten">Naar Gemeenten</Link>
      </p>
    </section>
  );
}
