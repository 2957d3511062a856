import type { Metadata } from "next";
import { ImportHelp } from "@/components/import/import-help";
import { ImportPreview } from "@/components/import/import-preview";
import { ImportResult } from "@/components/import/import-result";
import { RecentImports } from "@/components/import/recent-imports";
import { UploadImportForm } from "@/components/import/upload-import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { importLimits } from "@/lib/import/import-limits";
import { listRecentImports, loadImportPreview, loadImportResult } from "@/lib/import/load-import-page";
import { param, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Importeren" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireSecretary("/beheer/importeren");
  const params = await searchParams;
  const importId = param(params, "bestand");
  const preview = importId ? await loadImportPreview(db, importId, user.id) : null;
  if (preview) return <ImportPreview preview={preview} />;
  const doneId = param(params, "klaar");
  const [result, recent] = await Promise.all([doneId ? loadImportResult(db, doneId, user.id) : null, listRecentImports(db)]);
  return (
    <>
      <PageHeader
        title="Importeren"
        intro="Breng mensen en gemeenten in vanuit een Excel-werkmap of een CSV-bestand. Je ziet eerst per rij wat er gebeurt; pas als je bevestigt, wordt het opgeslagen."
      />
      {importId && (
        <p role="status" className="mb-6 max-w-prose rounded bg-red-100 p-4 text-red-900">
          Dit voorbeeld bestaat niet (meer): het is verlopen, al geïmporteerd of weggegooid. Upload het bestand opnieuw.
        </p>
      )}
      {param(params, "weggegooid") && (
        <p role="status" className="mb-6 max-w-prose rounded bg-green-100 p-4 text-green-900">
          Het voorbeeld is weggegooid; er is niets geïmporteerd.
        </p>
      )}
      {result && <ImportResult record={result} />}
      <section aria-labelledby="uploaden-titel" className="mb-8">
        <h2 id="uploaden-titel" className="mb-4">
          {result ? "Nog een bestand importeren" : "Bestand kiezen"}
        </h2>
        <UploadImportForm maxMb={importLimits.fileBytes / 1024 / 1024} />
      </section>
      <ImportHelp />
      <section aria-labelledby="eerder-titel">
        <h2 id="eerder-titel" className="mb-4">
          Eerdere imports
        </h2>
        <RecentImports imports={recent} />
      </section>
    </>
  );
}
