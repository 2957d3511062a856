// `npm run backup [-- FILE or FOLDER/]`: the database and the uploaded documents in one file, by default
// backups/wmo-YYYY-MM-DD-HHMM.backup (in a given folder: that name there). See lib/backup/create-backup.ts.
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { BackupRefusal } from "../lib/backup/backup-refusal";
import { createBackup } from "../lib/backup/create-backup";
import { embeddedDataDir } from "../lib/backup/embedded-data-dir";
import { uploadDir } from "../lib/documents/storage";
import { localDateKey, localTimeKey } from "../lib/format/dates";
import { withDatabase } from "./with-database";

function backupName(now = new Date()) {
  return `wmo-${localDateKey(now)}-${localTimeKey(now).replace(":", "")}.backup`;
}

async function outputPath(given: string | undefined) {
  if (!given) {
    // Backups hold personal data: never in a commit.
    await mkdir("backups", { recursive: true, mode: 0o700 });
    await writeFile(path.join("backups", ".gitignore"), "*\n", { flag: "wx" }).catch(() => {});
    return path.resolve("backups", backupName());
  }
  const folder = given.endsWith("/") || (await stat(given).catch(() => null))?.isDirectory();
  return folder ? path.resolve(given, backupName()) : path.resolve(given);
}

function size(bytes: number) {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

try {
  const args = process.argv.slice(2);
  const option = args.find((arg) => arg.startsWith("-"));
  if (option || args.length > 1) throw new BackupRefusal(`Onbekend: ${option ?? args[1]}. Gebruik: npm run backup [-- bestand.backup of map/]`);
  const output = await outputPath(args[0]);
  const options = { uploadDir: uploadDir(), output };
  // An empty DATABASE_URL counts as unset, as in npm start.
  const manifest = process.env.DATABASE_URL
    ? await withDatabase((url) => createBackup({ kind: "postgresql", url }, options))
    : await createBackup({ kind: "embedded", dataDir: embeddedDataDir() }, options);
  const { database, uploads } = manifest;
  const shown = path.relative(process.cwd(), output).startsWith("..") ? output : path.relative(process.cwd(), output);
  console.log(
    `Back-up geschreven: ${shown} ` +
      `(${database.kind === "embedded" ? "ingebouwde database" : `PostgreSQL ${database.serverMajor}`}, ${count(database.migrations.length, "migratie", "migraties")}; ` +
      `${count(uploads.files, "document", "documenten")}, ${size(uploads.bytes)}).`,
  );
} catch (error) {
  if (!(error instanceof BackupRefusal)) throw error;
  console.error(error.message);
  process.exit(1);
}
