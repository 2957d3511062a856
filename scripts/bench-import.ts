// `npm run bench:import`: the secretary's import at full size, 5,000 people and 400 municipalities in one Excel
// workbook (and the same as a CSV file), generated into a file. Prints per step the time and the number of queries,
// at a tenth of the size too, to show that the queries do not grow with the rows. On a fresh in-memory embedded
// database, or BENCH_DATABASE_URL (which is emptied). Goals: preview < 5 s, import < 30 s.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { resetDatabase } from "../lib/db/reset-database";

const embedded = process.env.BENCH_DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: "memory" });
const url = process.env.BENCH_DATABASE_URL ?? embedded!.url;
process.env.DATABASE_URL = url;
if (embedded) process.env.DATABASE_POOL_MAX = "1";
const folder = await mkdtemp(path.join(tmpdir(), "bench-import-"));
process.env.TMPDIR = folder;

// Imported after DATABASE_URL is set: the shared client reads it once.
const { db } = await import("../lib/db/client");
const { seedDatabase } = await import("../lib/seed/seed-database");
const { currentYear } = await import("../lib/members/current-year");
const { readUpload } = await import("../lib/import/read-upload");
const { recogniseColumns } = await import("../lib/import/import-fields");
const { savePendingImport } = await import("../lib/import/pending-import");
const { previewImport } = await import("../lib/import/preview-import");
const { applyImport } = await import("../lib/import/apply-import");

let queries = 0;
db.$on("query", () => {
  queries += 1;
});

const year = currentYear();
const peopleHeader = ["Naam", "E-mailadres", "Telefoon", "Functie", "Soort organisatie", "Gemeente", "Kernclubrol"];
const municipalityHeader = ["Gemeente", "CBS-code", "Contactpersoon facturen", "E-mailadres facturen", "Factuuradres", "Opdrachtnummer", `Doet mee in ${year}`];

function rowsOf(people: number, municipalities: number) {
  const name = (index: number) => `Benchgemeente ${index}`;
  return {
    municipalities: Array.from({ length: municipalities }, (_, index) => [
      name(index),
      `GM${6000 + index}`,
      `Contact ${index}`,
      `facturen@benchgemeente-${index}.nl`,
      `Postbus ${index + 1}\n${1000 + index} AB ${name(index)}`,
      `PO-${index}`,
      "ja",
    ]),
    people: Array.from({ length: people }, (_, index) => [
      `Persoon ${index}`,
      `persoon-${index}@benchgemeente-${index % municipalities}.nl`,
      `06-${String(10_000_000 + index).slice(0, 8)}`,
      "Beleidsadviseur sociaal domein",
      "gemeente",
      name(index % municipalities),
      index % 100 === 0 ? "lid" : "",
    ]),
  };
}

async function workbookOf(rows: ReturnType<typeof rowsOf>) {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Gemeenten").addRows([municipalityHeader, ...rows.municipalities]);
  workbook.addWorksheet("Mensen").addRows([peopleHeader, ...rows.people]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvOf(rows: ReturnType<typeof rowsOf>) {
  const quote = (cell: string) => (/[";\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  // One sheet for both: each person's row carries their municipality's details.
  const header = [...peopleHeader, ...municipalityHeader.slice(1)];
  const byName = new Map(rows.municipalities.map((row) => [row[0], row.slice(1)]));
  return Buffer.from([header, ...rows.people.map((row) => [...row, ...byName.get(row[5]!)!])].map((row) => row.map(quote).join(";")).join("\r\n"));
}

async function measure<T>(work: () => Promise<T>) {
  queries = 0;
  const started = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - started) / 1000, queries };
}

type Line = { run: string; step: string; seconds: number; queries: number; detail: string };
const lines: Line[] = [];

async function importFile(run: string, name: string, bytes: Buffer) {
  const file = path.join(folder, name);
  await writeFile(file, bytes);
  const data = await readFile(file);
  const preview = await measure(async () => {
    const read = await readUpload(new File([data], name));
    if (!read.ok) throw new Error(read.message);
    const pending = await savePendingImport({
      ownerId: "bench",
      fileName: name,
      tables: read.tables,
      notices: read.notices,
      mappings: read.tables.map((table) => recogniseColumns(table.header)),
      overwrite: false,
    });
    return { pending, plan: await previewImport(db, pending) };
  });
  const { pending, plan } = preview.result;
  const counts = plan.counts;
  lines.push({
    run,
    step: "voorbeeld (lezen + plannen)",
    seconds: preview.seconds,
    queries: preview.queries,
    detail: `${(bytes.length / 1024).toFixed(0)} kB; mensen ${counts.people.create} nieuw / ${counts.people.unchanged} ongewijzigd, gemeenten ${counts.municipalities.create} nieuw, ${plan.problems.length} problemen`,
  });
  const confirmed = await measure(() =>
    applyImport(db, { id: null, label: "npm run bench:import" }, pending, { fingerprint: plan.fingerprint, welcome: true }),
  );
  if (confirmed.result.outcome !== "done") throw new Error("Het voorbeeld veranderde tussendoor");
  const summary = confirmed.result.summary;
  lines.push({
    run,
    step: "importeren (bevestigen)",
    seconds: confirmed.seconds,
    queries: confirmed.queries,
    detail: `${summary.people.created} mensen, ${summary.municipalities.created} gemeenten, ${summary.memberships} bijdragen, ${summary.positions} functies, ${summary.welcomeMails} welkomstmails`,
  });
}

for (const [label, factor] of [
  ["1/10", 0.1],
  ["volledig", 1],
] as const) {
  await resetDatabase(url);
  await applyMigrations(url);
  await seedDatabase(db);
  const rows = rowsOf(5_000 * factor, 400 * factor);
  const workbook = await workbookOf(rows);
  await importFile(`${label} xlsx`, "netwerk.xlsx", workbook);
  await importFile(`${label} xlsx opnieuw`, "netwerk.xlsx", workbook);
  if (factor === 1) {
    await resetDatabase(url);
    await applyMigrations(url);
    await seedDatabase(db);
    await importFile(`${label} csv`, "netwerk.csv", csvOf(rows));
  }
}

console.table(lines.map((line) => ({ ...line, seconds: Number(line.seconds.toFixed(2)) })));
await db.$disconnect();
await embedded?.stop();
await rm(folder, { recursive: true, force: true });
