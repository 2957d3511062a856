import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";
import { assertLocal } from "@/lib/db/reset-database";
import { uploadDocument } from "@/lib/documents/upload-document";
import { invoiceFee } from "@/lib/fees/invoice-fee";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildFeeRecord } from "../support/builders/fee-record";
import { testActor } from "./support/test-actor";

// The server part needs databases of its own beside the test database: on BACKUP_TEST_DATABASE_URL's server, or
// TEST_DATABASE_URL's (as in CI). It creates and drops "backuptest" and "backuptest_restore" there.
const serverUrl = process.env.BACKUP_TEST_DATABASE_URL || process.env.TEST_DATABASE_URL;
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);
const january = new Date("2027-01-15T10:00:00Z");
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "backup-restore-"));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Runs `npm run backup` / `npm run restore` as a person would, with its own environment. */
function run(script: "backup" | "restore", args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), [`scripts/${script}.ts`, ...args], {
      env: { ...process.env, TSX_TSCONFIG_PATH: "scripts/tsconfig.json", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Per table its row count and a hash of all its rows: equal fingerprints, equal contents. */
async function fingerprint(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string; quoted: string }>(
      "SELECT schemaname || '.' || tablename AS name, format('%I.%I', schemaname, tablename) AS quoted FROM pg_tables " +
        "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1",
    );
    const result: Record<string, string> = {};
    for (const { name, quoted } of tables) {
      const { rows } = await client.query(`SELECT count(*) AS count, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM ${quoted} t`);
      result[name] = `${rows[0].count} ${rows[0].hash}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

const rowCount = (prints: Record<string, string>, table: string) => Number(prints[`public.${table}`]?.split(" ")[0]);

/** A site with people (the seed's), municipalities with fees, three invoices, and `documents` uploaded documents. */
async function seedSite(db: Database, documents: number) {
  await seedDatabase(db, { demo: false });
  for (let fee = 1; fee <= 3; fee += 1) {
    const { id } = await buildFeeRecord(db, { year: 2027 });
    expect((await invoiceFee(db, testActor, id, january)).outcome).toBe("done");
  }
  const meeting = await db.meeting.findFirstOrThrow({ select: { id: true } });
  for (let index = 1; index <= documents; index += 1) {
    const file = new File([new Uint8Array(pdf(`document ${index}`))], `document-${index}.pdf`, { type: "application/pdf" });
    expect((await uploadDocument(db, testActor, { meetingId: meeting.id, title: `Document ${index}`, file })).outcome).toBe("saved");
  }
}

describe.skipIf(!serverUrl)("backup and restore on a PostgreSQL server", () => {
  // Built only when the part runs: a skipped describe's body still runs.
  const databaseUrl = (name: string) => (serverUrl ? Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString() : "");
  const source = databaseUrl("backuptest");
  const target = databaseUrl("backuptest_restore");
  const recreate = async (names: string[], create: boolean) => {
    assertLocal(serverUrl!);
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      for (const name of names) {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        if (create) await client.query(`CREATE DATABASE ${name}`);
      }
    } finally {
      await client.end();
    }
  };
  const uploadsBefore = process.env.UPLOAD_DIR;
  let sourceUploads: string;
  let file: string;

  beforeAll(async () => {
    await recreate(["backuptest", "backuptest_restore"], true);
    sourceUploads = path.join(tmp, "server-uploads");
    file = path.join(tmp, "backups", "server.backup");
    // uploadDocument stores in UPLOAD_DIR.
    process.env.UPLOAD_DIR = sourceUploads;
    await applyMigrations(source);
    const db = createPrismaClient(source);
    try {
      await seedSite(db, 2);
    } finally {
      await db.$disconnect();
    }
  });
  afterAll(async () => {
    if (uploadsBefore === undefined) delete process.env.UPLOAD_DIR;
    else process.env.UPLOAD_DIR = uploadsBefore;
    await recreate(["backuptest", "backuptest_restore"], false);
  });

  it("restores a backup of a site into a fresh database and upload folder, everything the same", async () => {
    const backup = await run("backup", [file], { DATABASE_URL: source, UPLOAD_DIR: sourceUploads });
    expect(backup).toMatchObject({ code: 0, stderr: "" });
    expect(backup.stdout).toMatch(/^Back-up geschreven: .*server\.backup \(PostgreSQL \d+, \d+ migraties; 2 documenten/);

    const targetUploads = path.join(tmp, "server-restored-uploads");
    const restore = await run("restore", [file], { DATABASE_URL: target, UPLOAD_DIR: targetUploads });
    expect(restore).toMatchObject({ code: 0, stderr: "" });
    expect(restore.stdout).toMatch(/^Teruggezet: de back-up van .*, met de database en 2 documenten\.\nDe database is bij/);

    const before = await fingerprint(source);
    expect(await fingerprint(target)).toEqual(before);
    expect(rowCount(before, "User")).toBeGreaterThan(5);
    expect(rowCount(before, "FeeRecord")).toBe(3);
    expect(rowCount(before, "_prisma_migrations")).toBeGreaterThan(5);

    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      const invoices = await client.query<{ number: string }>(`SELECT number FROM "Invoice" ORDER BY number`);
      expect(invoices.rows.map((row) => row.number)).toEqual(["2027-0001", "2027-0002", "2027-0003"]);
      const documents = await client.query<{ id: string; extension: string; title: string }>(
        `SELECT id, extension, title FROM "MeetingDocument" ORDER BY title`,
      );
      expect(documents.rows).toHaveLength(2);
      for (const [index, document] of documents.rows.entries()) {
        const stored = `${document.id}.${document.extension}`;
        expect(await readFile(path.join(targetUploads, stored))).toEqual(pdf(`document ${index + 1}`));
      }
    } finally {
      await client.end();
    }
  });

  it("refuses a database that is not empty in one line, and replaces it with --overschrijven", async () => {
    const targetUploads = path.join(tmp, "server-restored-uploads");
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    await client.query(`INSERT INTO "Municipality" (id, name, slug) VALUES ('sinds-de-back-up', 'Nieuwegemeente', 'nieuwegemeente')`);
    await client.end();

    const refused = await run("restore", [file], { DATABASE_URL: target, UPLOAD_DIR: targetUploads });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/^De database in DATABASE_URL is niet leeg: .*--overschrijven\.\n$/);
    expect(rowCount(await fingerprint(target), "Municipality")).toBe(rowCount(await fingerprint(source), "Municipality") + 1);

    const replaced = await run("restore", [file, "--overschrijven"], { DATABASE_URL: target, UPLOAD_DIR: targetUploads });
    expect(replaced).toMatchObject({ code: 0, stderr: "" });
    expect(await fingerprint(target)).toEqual(await fingerprint(source));
  });
});

describe("backup and restore of the embedded database (PGlite)", () => {
  let sourceDir: string;
  let uploads: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    sourceDir = path.join(tmp, "pglite");
    uploads = path.join(tmp, "embedded-uploads");
    const embedded = await startEmbeddedPostgres({ dataDir: sourceDir });
    try {
      await applyMigrations(embedded.url);
      const db = createPrismaClient(embedded.url);
      try {
        await seedSite(db, 0);
      } finally {
        await db.$disconnect();
      }
      before = await fingerprint(embedded.url);
    } finally {
      await embedded.stop();
    }
    await mkdir(uploads);
    await writeFile(path.join(uploads, "document-1.pdf"), pdf("embedded"));
  });

  it("backs up a data folder and restores it into another, with the same contents", async () => {
    const file = path.join(tmp, "embedded.backup");
    const backup = await run("backup", [file], { DATABASE_URL: "", EMBEDDED_DB_DIR: sourceDir, UPLOAD_DIR: uploads });
    expect(backup).toMatchObject({ code: 0, stderr: "" });
    expect(backup.stdout).toMatch(/\(ingebouwde database, \d+ migraties; 1 document, 1 kB\)/);

    const targetDir = path.join(tmp, "pglite-restored");
    const targetUploads = path.join(tmp, "embedded-restored-uploads");
    const restore = await run("restore", [file], { DATABASE_URL: "", EMBEDDED_DB_DIR: targetDir, UPLOAD_DIR: targetUploads });
    expect(restore).toMatchObject({ code: 0, stderr: "" });

    const restored = await startEmbeddedPostgres({ dataDir: targetDir });
    try {
      expect(await fingerprint(restored.url)).toEqual(before);
    } finally {
      await restored.stop();
    }
    expect(rowCount(before, "Invoice")).toBe(3);
    expect(await readFile(path.join(targetUploads, "document-1.pdf"))).toEqual(pdf("embedded"));

    const again = await run("restore", [file], { DATABASE_URL: "", EMBEDDED_DB_DIR: targetDir, UPLOAD_DIR: path.join(tmp, "elsewhere") });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^De ingebouwde database in .* is niet leeg: .*--overschrijven\.\n$/);
  });

  it("refuses to back up while npm start holds the data folder, saying to stop it first", async () => {
    const running = await startEmbeddedPostgres({ dataDir: sourceDir });
    try {
      const backup = await run("backup", [path.join(tmp, "in-use.backup")], { DATABASE_URL: "", EMBEDDED_DB_DIR: sourceDir, UPLOAD_DIR: uploads });
      expect(backup.code).toBe(1);
      expect(backup.stderr).toMatch(/^De ingebouwde database in .* is in gebruik: stop npm start eerst .*\n$/);
    } finally {
      await running.stop();
    }
  });
});
