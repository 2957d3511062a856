import { z } from "zod";
import { BackupRefusal } from "./backup-refusal";

const FORMAT = "wmo-transformatienetwerk-backup";
/** Raise when a restore of this version could no longer read what the backup writes. */
export const FORMAT_VERSION = 1;

export const MANIFEST_FILE = "manifest.json";
export const UPLOADS_FOLDER = "uploads";
/** PostgreSQL's custom format from pg_dump, or the embedded database's data folder as PGlite dumps it. */
export const DATABASE_FILES = { postgresql: "database.dump", embedded: "database.pglite.tar.gz" } as const;

const databaseSchema = z.object({
  kind: z.enum(["postgresql", "embedded"]),
  file: z.string(),
  sha256: z.string(),
  /** `SELECT version()` of the server that was backed up. */
  serverVersion: z.string(),
  serverMajor: z.number().int(),
  pgDumpMajor: z.number().int().optional(),
  /** The migrations applied to the database, oldest first. */
  migrations: z.array(z.string()),
});

const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  database: databaseSchema,
  uploads: z.object({ files: z.number().int(), bytes: z.number().int() }),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type DatabaseKind = BackupManifest["database"]["kind"];
export type DatabaseDump = BackupManifest["database"];

export function newManifest(database: DatabaseDump, uploads: BackupManifest["uploads"], createdAt = new Date()): BackupManifest {
  return { format: FORMAT, formatVersion: FORMAT_VERSION, createdAt: createdAt.toISOString(), database, uploads };
}

/** Reads a backup's manifest; anything this version cannot restore is a refusal that says why. */
export function parseManifest(text: string, file: string): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notABackup(file);
  }
  const header = z.object({ format: z.literal(FORMAT), formatVersion: z.number().int() }).safeParse(json);
  if (!header.success) throw notABackup(file);
  if (header.data.formatVersion > FORMAT_VERSION) {
    throw new BackupRefusal(
      `${file} heeft back-upformaat ${header.data.formatVersion}, deze versie van de site kent formaat ${FORMAT_VERSION}: werk de site bij en zet hem dan terug.`,
    );
  }
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success) throw notABackup(file);
  return manifest.data;
}

function notABackup(file: string) {
  return new BackupRefusal(`${file} is geen back-up van deze site (geen leesbare ${MANIFEST_FILE}).`);
}
