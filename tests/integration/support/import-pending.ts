import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach } from "vitest";
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

/**
 * Gives the file's tests a temporary folder of their own as the system's (TMPDIR), so the previews they keep land in
 * it: the previews are removed before each test and the folder after the file's tests. Returns where the previews are.
 */
export function withPendingImportsFolder(prefix: string) {
  let folder = "";
  const previews = () => path.join(folder, "wmo-imports");
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
    process.env.TMPDIR = folder;
  });
  beforeEach(() => rm(previews(), { recursive: true, force: true }));
  afterAll(async () => {
    delete process.env.TMPDIR;
    await rm(folder, { recursive: true, force: true });
  });
  return previews;
}
