import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// turbopackIgnore: a path known only when the site runs, not a file of the build to trace into its output.

/** The folder of uploaded files: UPLOAD_DIR, relative to the working directory (default .data/uploads). */
export function uploadDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.UPLOAD_DIR || ".data/uploads");
}

/** The largest upload in bytes: UPLOAD_MAX_MB megabytes (default 20). */
export function uploadMaxMb(): number {
  const value = Number(process.env.UPLOAD_MAX_MB);
  return Number.isFinite(value) && value > 0 ? value : 20;
}

/** Stored files are named after the document's id, never after the upload. */
function storedPath(id: string, extension: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(id) || !/^[a-z]+$/.test(extension)) throw new Error("Ongeldige documentnaam");
  return path.join(/*turbopackIgnore: true*/ uploadDir(), `${id}.${extension}`);
}

export async function writeStoredFile(id: string, extension: string, bytes: Uint8Array) {
  await mkdir(uploadDir(), { recursive: true });
  await writeFile(storedPath(id, extension), bytes, { flag: "wx" });
}

export function readStoredFile(id: string, extension: string) {
  return readFile(storedPath(id, extension));
}

export async function deleteStoredFile(id: string, extension: string) {
  await rm(storedPath(id, extension), { force: true });
}
