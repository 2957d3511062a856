import { ActionButton } from "@/components/admin/action-button";
import { type Column, DataTable } from "@/components/admin/data-table";
import { formatShortDate, formatTime } from "@/lib/format/dates";
import { restoreSitePageVersionAction } from "@/lib/site-pages/admin-actions";
import type { SitePageVersionRow } from "@/lib/site-pages/queries";

/** Every saved version, newest first, with who saved it and when; each earlier one can be restored. */
export function SitePageVersions({ pageKey, versions }: { pageKey: string; versions: SitePageVersionRow[] }) {
  const columns: Column<SitePageVersionRow>[] = [
    { header: "Versie", rowHeader: true, cell: (version) => `Versie ${version.number}` },
    {
      header: "Opgeslagen",
      cell: (version) => (
        <time dateTime={version.createdAt.toISOString()}>
          {formatShortDate(version.createdAt)} om {formatTime(version.createdAt)}
        </time>
      ),
    },
    { header: "Door", className: "break-all", cell: (version) => version.authorLabel },
    { header: "Titel", cell: (version) => version.title },
    {
      header: <span className="sr-only">Actie</span>,
      cell: (version, index) =>
        index === 0 ? (
          "Huidige tekst"
        ) : (
          <ActionButton
            action={restoreSitePageVersionAction}
            hidden={{ pageKey, versionId: version.id }}
            label="Terugzetten"
            ariaLabel={`Versie ${version.number} terugzetten`}
            variant="secondary"
          />
        ),
    },
  ];
  return <DataTable columns={columns} rows={versions} caption="Opgeslagen versies, nieuwste eerst" empty="Nog geen versies." />;
}
