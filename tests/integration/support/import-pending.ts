import { recogniseColumns } from "@/lib/import/import-fields";
import { type PendingImport, savePendingImport } from "@/lib/import/pending-import";
import { readUpload } from "@/lib/import/read-upload";
import { fileOf } from "./import-files";

/** Reads a file as the upload form does and keeps it as the secretary's preview. */
export async function pendingOf(name: string, bytes: Uint8Array, ownerId: string, overwrite = false): Promise<PendingImport> {
  const read = await readUpload(fileOf(name, bytes));
  if (!read.ok) throw new Error(read.message);
  return savePendingImport({
    ownerId,
    fileName: name,
    tables: read.tables,
    notices: read.notices,
    mappings: read.tables.map((table) => recogniseColumns(table.header)),
    overwrite,
  });
}
