import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ColumnMapping } from "./import-fields";
import type { SheetTable } from "./sheet-table";

/** An uploaded file as read, kept on the server between the preview and the confirmation; it belongs to one secretary. */
export type PendingImport = {
  id: string;
  ownerId: string;
  fileName: string;
  createdAt: string;
  tables: SheetTable[];
  notices: string[];
  mappings: ColumnMapping[];
  overwrite: boolean;
};

/** How long a preview can be confirmed. */
export const PENDING_IMPORT_HOURS = 2;
const LIFETIME_MS = PENDING_IMPORT_HOURS * 60 * 60 * 1000;
const ID = /^[A-Za-z0-9_-]{32}$/;

// The operating system's temporary folder (private to the service under systemd's PrivateTmp): these files hold
// personal data for a short while, so they live outside the backups and uploads and are readable by the owner only.
const folder = () => path.join(os.tmpdir(), "wmo-imports");
const fileOf = (id: string) => path.join(folder(), `${id}.json`);

export const isImportId = (id: string) => ID.test(id);

/** Removes previews older than their lifetime (and claims left behind by a process that stopped mid-import). */
async function sweep() {
  const names = await readdir(folder()).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const file = path.join(folder(), name);
      const info = await stat(file).catch(() => null);
      if (info && Date.now() - info.mtimeMs > LIFETIME_MS) await rm(file, { force: true });
    }),
  );
}

export async function savePendingImport(pending: Omit<PendingImport, "id" | "createdAt">): Promise<PendingImport> {
  await mkdir(folder(), { recursive: true, mode: 0o700 });
  await sweep();
  const saved: PendingImport = { ...pending, id: randomBytes(24).toString("base64url"), createdAt: new Date().toISOString() };
  await writeFile(fileOf(saved.id), JSON.stringify(saved), { mode: 0o600, flag: "wx" });
  return saved;
}

async function readPending(file: string, ownerId: string): Promise<PendingImport | null> {
  const text = await readFile(file, "utf8").catch(() => null);
  if (!text) return null;
  const pending = JSON.parse(text) as PendingImport;
  // Someone else's preview reads as one that does not exist.
  if (pending.ownerId !== ownerId || Date.now() - Date.parse(pending.createdAt) > LIFETIME_MS) return null;
  return pending;
}

/** The secretary's own preview, while it lasts; null for an unknown, expired or someone else's id. */
export function loadPendingImport(id: string, ownerId: string): Promise<PendingImport | null> {
  return isImportId(id) ? readPending(fileOf(id), ownerId) : Promise.resolve(null);
}

/** A new column mapping or "overschrijven" for the same file. */
export async function updatePendingImport(pending: PendingImport, changes: Pick<PendingImport, "mappings" | "overwrite">) {
  const next = { ...pending, ...changes };
  const temporary = `${fileOf(pending.id)}.${randomBytes(6).toString("hex")}`;
  await writeFile(temporary, JSON.stringify(next), { mode: 0o600 });
  await rename(temporary, fileOf(pending.id));
  return next;
}

/**
 * Takes the preview for one confirmation: the file is renamed away, so a double click or a second tab finds nothing
 * to confirm. `release` puts it back when the import did not happen; `finish` removes it.
 */
export async function claimPendingImport(id: string, ownerId: string) {
  if (!isImportId(id)) return null;
  const claimed = `${fileOf(id)}.claimed-${randomBytes(6).toString("hex")}`;
  try {
    await rename(fileOf(id), claimed);
  } catch {
    return null;
  }
  const pending = await readPending(claimed, ownerId);
  const release = () => rename(claimed, fileOf(id)).catch(() => undefined);
  if (!pending) {
    await release();
    return null;
  }
  return { pending, release, finish: () => rm(claimed, { force: true }) };
}

export function discardPendingImport(id: string, ownerId: string) {
  return claimPendingImport(id, ownerId).then((claim) => claim?.finish());
}
