import { chmod, mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { BackupRefusal } from "./backup-refusal";
import { packArchive } from "./backup-archive";
import { DATABASE_FILES, MANIFEST_FILE, newManifest, type BackupManifest } from "./backup-manifest";
import { dumpEmbedded } from "./dump-embedded";
import { dumpPostgresql } from "./dump-postgresql";
import { fileSha256 } from "./file-sha256";
import { countFiles } from "./upload-folder";

export type BackupSource = { kind: "postgresql"; url: string } | { kind: "embedded"; dataDir: string };

/**
 * Writes one file with the database and the uploaded documents: a tar holding manifest.json, the database dump
 * and uploads/. Only the owner can read it (it holds personal data); it appears under its name only when complete.
 */
export async function createBackup(source: BackupSource, { uploadDir, output }: { uploadDir: string; output: string }): Promise<BackupManifest> {
  if (await stat(output).catch(() => null)) throw new BackupRefusal(`${output} bestaat al: geef een andere bestandsnaam op.`);
  await mkdir(path.dirname(output), { recursive: true, mode: 0o700 });
  const staging = await mkdtemp(path.join(path.dirname(output), ".back-up-"));
  try {
    const file = DATABASE_FILES[source.kind];
    const dumpPath = path.join(staging, file);
    // The database before the documents: a document's file is written before its row, so every row in the dump has its file.
    const database = source.kind === "postgresql" ? await dumpPostgresql(source.url, dumpPath) : await dumpEmbedded(source.dataDir, dumpPath);
    const manifest = newManifest({ ...database, file, sha256: await fileSha256(dumpPath) }, await countFiles(uploadDir));
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    const partial = path.join(staging, "back-up.tar");
    await packArchive(staging, file, uploadDir, partial);
    await chmod(partial, 0o600);
    await rename(partial, output);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
