import { stat, symlink, mkdir } from "node:fs/promises";
import path from "node:path";
import { BackupRefusal } from "./backup-refusal";
import { MANIFEST_FILE, UPLOADS_FOLDER } from "./backup-manifest";
import { runTool, ToolFailure } from "./run-tool";

// The system's tar (GNU tar or bsdtar): options both understand, no npm dependency.

/**
 * Packs `staging` (the manifest first, then the database file) and the upload folder into one tar file. The upload
 * folder goes in through a symbolic link that tar follows (-h), so the documents are not copied first.
 */
export async function packArchive(staging: string, databaseFile: string, uploadDir: string, output: string) {
  const uploads = path.join(staging, UPLOADS_FOLDER);
  if (await isDirectory(uploadDir)) await symlink(uploadDir, uploads);
  else await mkdir(uploads);
  await runTool("tar", ["-c", "-h", "-f", output, "-C", staging, MANIFEST_FILE, databaseFile, UPLOADS_FOLDER]);
}

export async function readArchiveManifest(file: string): Promise<string> {
  if (!(await stat(file).catch(() => null))?.isFile()) throw new BackupRefusal(`Back-upbestand niet gevonden: ${file}`);
  try {
    return await runTool("tar", ["-x", "-O", "-f", file, MANIFEST_FILE]);
  } catch (error) {
    if (error instanceof ToolFailure) throw new BackupRefusal(`${file} is geen back-up van deze site, of hij is beschadigd (${error.message}).`);
    throw error;
  }
}

export async function unpackArchive(file: string, into: string) {
  await runTool("tar", ["-x", "--no-same-owner", "-f", file, "-C", into]);
}

async function isDirectory(dir: string) {
  return (await stat(dir).catch(() => null))?.isDirectory() ?? false;
}
