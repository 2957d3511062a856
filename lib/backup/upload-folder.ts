import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { BackupRefusal } from "./backup-refusal";

// Stored documents are named <id>.<extension> (lib/documents/storage.ts); --overschrijven deletes nothing else.
const STORED_FILE = /^[A-Za-z0-9_-]+\.[a-z]+$/;

export async function countFiles(dir: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let files = 0;
  let bytes = 0;
  for (const entry of entries.filter((entry) => entry.isFile())) {
    files += 1;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

export async function checkUploadTarget(dir: string, overwrite: boolean) {
  const entries = await readdir(dir).catch((): string[] => []);
  if (!entries.length) return;
  if (!overwrite)
    throw new BackupRefusal(`De map met documenten (${dir}, UPLOAD_DIR) is niet leeg: kies een lege map, of vervang de documenten met --overschrijven.`);
  const other = entries.find((name) => !STORED_FILE.test(name));
  if (other)
    throw new BackupRefusal(`${dir} (UPLOAD_DIR) bevat ${other}, geen document van de site: de map wordt niet overschreven. Kies een andere UPLOAD_DIR.`);
}

/** Replaces the stored documents in `dir` with the files in `from` (a folder on the same disk: they are moved). */
export async function replaceUploads(from: string, dir: string) {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) await rm(path.join(dir, name), { recursive: true, force: true });
  for (const name of await readdir(from)) await rename(path.join(from, name), path.join(dir, name));
}
