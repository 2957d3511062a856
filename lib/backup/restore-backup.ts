import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { readMigrationList } from "../db/schema-engine";
import { BackupRefusal } from "./backup-refusal";
import { readArchiveManifest, unpackArchive } from "./backup-archive";
import { parseManifest, UPLOADS_FOLDER, type BackupManifest } from "./backup-manifest";
import { fileSha256 } from "./file-sha256";
import { checkEmbeddedTarget, restoreEmbedded } from "./restore-embedded";
import { checkPostgresqlTarget, restorePostgresql } from "./restore-postgresql";
import { checkUploadTarget, countFiles, replaceUploads } from "./upload-folder";

export type RestoreTarget = { kind: "postgresql"; url: string } | { kind: "embedded"; dataDir: string };

const WRONG_KIND = {
  postgresql: "Deze back-up komt van een PostgreSQL-server: zet DATABASE_URL naar een lege database om hem terug te zetten.",
  embedded: "Deze back-up komt van de ingebouwde database: laat DATABASE_URL leeg om hem terug te zetten (in EMBEDDED_DB_DIR).",
};

/**
 * Puts a backup into an empty database and an empty upload folder (or replaces what is there, with `overwrite`).
 * Everything that could refuse is checked before anything changes. Returns the migrations this version of the site
 * has that the backup lacks: the next `npm start` applies them.
 */
export async function restoreBackup(
  file: string,
  target: RestoreTarget,
  { uploadDir, overwrite }: { uploadDir: string; overwrite: boolean },
): Promise<{ manifest: BackupManifest; pendingMigrations: string[] }> {
  const manifest = parseManifest(await readArchiveManifest(file), file);
  const { database } = manifest;
  if (database.kind !== target.kind) throw new BackupRefusal(WRONG_KIND[database.kind]);
  const known = (await readMigrationList()).migrationDirectories.map((migration) => migration.path);
  const unknown = database.migrations.find((name) => !known.includes(name));
  if (unknown) {
    throw new BackupRefusal(`De back-up is gemaakt met een nieuwere versie van de site (migratie ${unknown} is hier onbekend): werk de site eerst bij.`);
  }
  if (target.kind === "postgresql") await checkPostgresqlTarget(target.url, database, overwrite);
  else await checkEmbeddedTarget(target.dataDir, database, overwrite);
  await checkUploadTarget(uploadDir, overwrite);

  // Unpacked beside the upload folder, so the documents are moved into it, not copied.
  await mkdir(path.dirname(uploadDir), { recursive: true });
  const staging = await mkdtemp(`${uploadDir}.herstel-`);
  try {
    await unpackArchive(file, staging);
    const dumpFile = path.join(staging, database.file);
    const uploads = path.join(staging, UPLOADS_FOLDER);
    if ((await fileSha256(dumpFile).catch(() => "")) !== database.sha256 || (await countFiles(uploads)).files !== manifest.uploads.files) {
      throw new BackupRefusal(`${file} is beschadigd of onvolledig: de inhoud klopt niet met manifest.json. Er is niets veranderd.`);
    }
    if (target.kind === "postgresql") await restorePostgresql(target.url, dumpFile, overwrite);
    else await restoreEmbedded(target.dataDir, dumpFile);
    await replaceUploads(uploads, uploadDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { manifest, pendingMigrations: known.filter((name) => !database.migrations.includes(name)) };
}
