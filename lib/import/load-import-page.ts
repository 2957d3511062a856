import "server-only";
import type { Database } from "../db/client";
import type { ImportSummary } from "./apply-import";
import { type ColumnMapping, tableKind, type TableKind } from "./import-fields";
import type { ImportPlan } from "./import-plan";
import { isImportId, loadPendingImport } from "./pending-import";
import { previewImport } from "./preview-import";

export type MappingTableView = { name: string; kind: TableKind; rows: number; columns: { header: string; field: ColumnMapping[number]; example: string }[] };

export type ImportPreviewView = {
  id: string;
  fileName: string;
  overwrite: boolean;
  notices: string[];
  tables: MappingTableView[];
  plan: ImportPlan;
};

/** The secretary's own preview of an uploaded file, planned against the database as it is now; null when gone. */
export async function loadImportPreview(db: Database, importId: string, ownerId: string): Promise<ImportPreviewView | null> {
  const pending = await loadPendingImport(importId, ownerId);
  if (!pending) return null;
  const plan = await previewImport(db, pending);
  return {
    id: pending.id,
    fileName: pending.fileName,
    overwrite: pending.overwrite,
    notices: pending.notices,
    tables: pending.tables.map((table, index) => {
      const mapping = pending.mappings[index] ?? [];
      return {
        name: table.name,
        kind: tableKind(mapping),
        rows: table.rows.length,
        columns: table.header.map((header, column) => ({
          header,
          field: mapping[column] ?? "",
          example:
            table.rows
              .find((row) => (row.cells[column] ?? "").trim())
              ?.cells[column]?.trim()
              .slice(0, 60) ?? "",
        })),
      };
    }),
    plan,
  };
}

export type ImportRecord = { id: string; createdAt: Date; actorLabel: string; fileName: string; summary: ImportSummary };

const importSelect = { entityId: true, createdAt: true, actorLabel: true, entityLabel: true, after: true } as const;

function recordOf(entry: { entityId: string; createdAt: Date; actorLabel: string; entityLabel: string; after: unknown }): ImportRecord {
  return { id: entry.entityId, createdAt: entry.createdAt, actorLabel: entry.actorLabel, fileName: entry.entityLabel, summary: entry.after as ImportSummary };
}

/** The outcome of the secretary's own import, for the page after confirming. */
export async function loadImportResult(db: Database, importId: string, actorId: string): Promise<ImportRecord | null> {
  if (!isImportId(importId)) return null;
  const entry = await db.auditEntry.findFirst({ where: { action: "import.run", entityType: "Import", entityId: importId, actorId }, select: importSelect });
  return entry ? recordOf(entry) : null;
}

/** The latest imports, newest first. */
export async function listRecentImports(db: Database, take = 5): Promise<ImportRecord[]> {
  const entries = await db.auditEntry.findMany({
    where: { action: "import.run", entityType: "Import" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: importSelect,
  });
  return entries.map(recordOf);
}
