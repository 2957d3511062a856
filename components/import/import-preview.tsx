import { ActionButton } from "@/components/admin/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { annualFeeCents } from "@/lib/fees/fee-amount";
import { discardImportAction } from "@/lib/import/admin-actions";
import type { ImportPreviewView } from "@/lib/import/load-import-page";
import { ColumnMappingForm } from "./column-mapping-form";
import { ConfirmImportForm } from "./confirm-import-form";
import { ImportCounts } from "./import-counts";
import { ImportProblemsTable } from "./import-problems-table";
import { ImportRowsTable } from "./import-rows-table";

/** The preview of an uploaded file: totals, problems, what happens per row, the column mapping, and the confirmation. */
export function ImportPreview({ preview }: { preview: ImportPreviewView }) {
  const { plan } = preview;
  const { people, municipalities } = plan.counts;
  const sheets = preview.tables.length;
  const writes = Object.values(plan.writes).some((list) => list.length > 0);
  const toCounts = (counts: typeof people) => ({ created: counts.create, updated: counts.update, unchanged: counts.unchanged, skipped: counts.skip });
  const notices = [...preview.notices, ...plan.notices];
  return (
    <>
      <PageHeader
        title="Importeren: voorbeeld"
        intro={`Bestand “${preview.fileName}”. Er is nog niets opgeslagen: bekijk wat er gebeurt en bevestig onderaan.${preview.overwrite ? " Bestaande gegevens worden overschreven." : ""}`}
      />
      {notices.length > 0 && (
        <ul className="mb-8 max-w-prose list-disc space-y-1 rounded bg-brand-100 py-4 pr-4 pl-10">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      <section aria-labelledby="totalen-titel" className="mb-10">
        <h2 id="totalen-titel" className="mb-3">
          Wat er gebeurt
        </h2>
        <ImportCounts
          people={toCounts(people)}
          municipalities={toCounts(municipalities)}
          memberships={plan.counts.memberships}
          positions={plan.counts.positions}
          feeCents={annualFeeCents()}
        />
        <p className="mt-3">
          <a href="#bevestigen">Naar bevestigen</a>
        </p>
      </section>
      {plan.problems.length > 0 && (
        <section aria-labelledby="problemen-titel" className="mb-10">
          <h2 id="problemen-titel" className="mb-3">
            Problemen ({plan.problems.length})
          </h2>
          <p className="mb-4 max-w-prose">
            Rijen met een probleem worden overgeslagen. Verbeter ze in je bestand en importeer het daarna opnieuw: wat al is geïmporteerd, verandert dan niet.
          </p>
          <ImportProblemsTable problems={plan.problems} sheets={sheets} />
        </section>
      )}
      <section aria-labelledby="voorbeeld" className="mb-10">
        <h2 id="voorbeeld" className="mb-3">
          Per rij
        </h2>
        <ImportRowsTable rows={plan.rows} sheets={sheets} />
      </section>
      <section aria-labelledby="kolommen-titel" className="mb-10">
        <h2 id="kolommen-titel" className="mb-3">
          Kolommen en overschrijven
        </h2>
        <p className="mb-4 max-w-prose">
          Zo zijn de kolommen van je bestand herkend. Verander een keuze en werk het voorbeeld bij; het bestand hoeft niet opnieuw.
        </p>
        <ColumnMappingForm importId={preview.id} overwrite={preview.overwrite} tables={preview.tables} />
      </section>
      <section aria-labelledby="bevestigen" className="mb-10">
        <h2 id="bevestigen" className="mb-3">
          Bevestigen
        </h2>
        {writes ? (
          <ConfirmImportForm importId={preview.id} fingerprint={plan.fingerprint} newPeople={people.create} />
        ) : (
          <p className="mb-4 max-w-prose">Er is niets te importeren: alles uit dit bestand staat er al, of wordt overgeslagen.</p>
        )}
        <div className="mt-6">
          <ActionButton action={discardImportAction} hidden={{ importId: preview.id }} label="Weggooien en een ander bestand kiezen" variant="secondary" />
        </div>
      </section>
    </>
  );
}
