// `npm run restore -- FILE [--overschrijven]`: puts a backup made by `npm run backup` into an empty database and
// upload folder; --overschrijven (or --force) replaces what is there. See lib/backup/restore-backup.ts.
import path from "node:path";
import { BackupRefusal } from "../lib/backup/backup-refusal";
import { embeddedDataDir } from "../lib/backup/embedded-data-dir";
import { restoreBackup } from "../lib/backup/restore-backup";
import { uploadDir } from "../lib/documents/storage";
import { withDatabase } from "./with-database";

const OVERWRITE = ["--overschrijven", "--force"];
const USAGE = "Gebruik: npm run restore -- backups/wmo-JJJJ-MM-DD-UUMM.backup [--overschrijven]";

try {
  const args = process.argv.slice(2);
  const unknown = args.find((arg) => arg.startsWith("-") && !OVERWRITE.includes(arg));
  if (unknown) throw new BackupRefusal(`Onbekende optie ${unknown}. ${USAGE}`);
  const files = args.filter((arg) => !arg.startsWith("-"));
  if (files.length !== 1) throw new BackupRefusal(`Geef één back-upbestand op. ${USAGE}`);
  const file = path.resolve(files[0]!);
  const options = { uploadDir: uploadDir(), overwrite: args.some((arg) => OVERWRITE.includes(arg)) };
  const { manifest, pendingMigrations } = process.env.DATABASE_URL
    ? await withDatabase((url) => restoreBackup(file, { kind: "postgresql", url }, options))
    : await restoreBackup(file, { kind: "embedded", dataDir: embeddedDataDir() }, options);
  const madeAt = new Date(manifest.createdAt).toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "long", timeStyle: "short" });
  const documents = manifest.uploads.files === 1 ? "1 document" : `${manifest.uploads.files} documenten`;
  console.log(`Teruggezet: de back-up van ${madeAt}, met de database en ${documents}.`);
  console.log(
    pendingMigrations.length
      ? `De back-up is van een oudere versie van de site: de volgende npm start (of npm run db:migrate) voert ${pendingMigrations.length === 1 ? "de nieuwere migratie" : `de ${pendingMigrations.length} nieuwere migraties`} uit.`
      : "De database is bij met deze versie van de site.",
  );
} catch (error) {
  if (!(error instanceof BackupRefusal)) throw error;
  console.error(error.message);
  process.exit(1);
}
