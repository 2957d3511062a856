import { readdir } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/action-client";
import { db } from "@/lib/db/client";
import { feeRegisterCsv } from "@/lib/fees/fee-register-csv";
import { listFeeRegisterForExport } from "@/lib/fees/list-fee-register";
import { idleState } from "@/lib/forms/form-state";
import { applyImport } from "@/lib/import/apply-import";
import { recogniseColumns } from "@/lib/import/import-fields";
import { savePendingImport } from "@/lib/import/pending-import";
import { previewImport } from "@/lib/import/preview-import";
import { readUpload } from "@/lib/import/read-upload";
import { currentYear } from "@/lib/members/current-year";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";
import { csvBytes, deflatedSheet, fileOf, workbookParts, xlsxBytes, zipBytes } from "./support/import-files";
import { withPendingImportsFolder } from "./support/import-pending";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/guards", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const header = ["Naam", "E-mailadres", "Gemeente"];
const pendingImports = withPendingImportsFolder("import-hostile");

const pendingFiles = async () => readdir(pendingImports()).catch(() => [] as string[]);
const refused = (message: RegExp) => ({ ok: false, message: expect.stringMatching(message) });

async function timed<T>(work: () => Promise<T>) {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

describe("hostile files", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });
  beforeEach(async () => {
    await buildPerson(db, { id: "hostile-secretary", name: "Sanne Secretaris", email: "secretaris@wmo.test", role: "SECRETARY" });
    session.user = { id: "hostile-secretary", role: "SECRETARY", email: "secretaris@wmo.test", name: "Sanne Secretaris" };
  });

  it("refuses a 50 MB file before reading a byte of it", async () => {
    const huge = { name: "leden.csv", size: 50 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error("read")) };
    expect(await readUpload(huge)).toEqual({ ok: false, message: "Dit bestand is te groot (50 MB). Een bestand om te importeren is hoogstens 10 MB." });
  });

  it("refuses the 50 MB file through the upload form too, keeping nothing and writing nothing", async () => {
    const { uploadImportAction } = await import("@/lib/import/admin-actions");
    const form = new FormData();
    form.set("file", new File([new Uint8Array(50 * 1024 * 1024)], "leden.csv"));
    const state = await uploadImportAction(idleState, form);
    expect(state).toMatchObject({ status: "error", fieldErrors: { file: expect.stringMatching(/te groot \(50 MB\)/) } });
    expect(await pendingFiles()).toEqual([]);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("refuses a zip bomb whose sheet declares its 200 MB, before unzipping anything", async () => {
    const sheet = await deflatedSheet(200);
    const bomb = zipBytes(workbookParts({ name: "sheet", data: Buffer.alloc(0), compressed: sheet.compressed, declaredSize: sheet.size }));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { result, ms } = await timed(() => readUpload(fileOf("leden.xlsx", bomb)));
    // Its ratio (1,000 to 1) or its total gives it away.
    expect(result).toEqual(refused(/pakt uit tot (meer dan 50 MB|een veel groter bestand)/));
    expect(ms).toBeLessThan(1_000);
  });

  it("refuses a zip bomb that lies about its size, after unzipping no more than it declared", async () => {
    const sheet = await deflatedSheet(200);
    const liar = zipBytes(workbookParts({ name: "sheet", data: Buffer.alloc(0), compressed: sheet.compressed, declaredSize: 10_000 }));
    const before = process.memoryUsage().arrayBuffers;
    const { result, ms } = await timed(() => readUpload(fileOf("leden.xlsx", liar)));
    expect(result).toEqual(refused(/pakt uit tot een veel groter bestand/));
    expect(ms).toBeLessThan(1_000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * 1024 * 1024);
  });

  it("refuses many parts that together unpack to more than the cap", async () => {
    const part = Buffer.alloc(1024 * 1024, 0x20);
    const parts = Array.from({ length: 60 }, (_, index) => ({ name: `xl/media/part${index}.xml`, data: part }));
    const many = zipBytes([...workbookParts({ name: "sheet", data: Buffer.from("<worksheet/>") }), ...parts]);
    expect(await readUpload(fileOf("leden.xlsx", many))).toEqual(refused(/pakt uit tot meer dan 50 MB/));
  });

  it("refuses a CSV file with NUL bytes", async () => {
    const bytes = Buffer.concat([csvBytes([header, ["Anna", "anna@tilburg.nl", "Tilburg"]]), Buffer.from([0, 0, 0])]);
    expect(await readUpload(fileOf("leden.csv", bytes))).toEqual(refused(/NUL-tekens/));
  });

  it("refuses 10,000 columns, in a CSV file and in a workbook", async () => {
    const wide = Array.from({ length: 10_000 }, (_, index) => `Kolom ${index}`);
    expect(await readUpload(fileOf("breed.csv", csvBytes([wide, wide])))).toEqual(refused(/meer dan 100 kolommen/));
    const workbook = await xlsxBytes([{ name: "Breed", rows: [wide, wide] }]);
    expect(await readUpload(fileOf("breed.xlsx", workbook))).toEqual(refused(/meer dan 100 kolommen/));
  });

  it("reads the rows above 100,000 empty rows and ignores those cheaply, in a workbook and a CSV file", async () => {
    const rows = [header, ["Anna de Vries", "anna@tilburg.nl", "Tilburg"], ["Bram Jansen", "bram@tilburg.nl", "Tilburg"]];
    const workbook = await xlsxBytes([{ name: "Mensen", rows, emptyRowsAfter: 100_000 }]);
    const { result, ms } = await timed(() => readUpload(fileOf("leden.xlsx", workbook)));
    expect(result.ok && result.tables[0]!.rows.length).toBe(2);
    expect(ms).toBeLessThan(3_000);
    const csv = Buffer.concat([csvBytes(rows), Buffer.from(";;\r\n".repeat(100_000))]);
    const fromCsv = await readUpload(fileOf("leden.csv", csv));
    expect(fromCsv.ok && fromCsv.tables[0]!.rows.length).toBe(2);
  });

  it("refuses more than 20,000 rows with data", async () => {
    const rows = [header, ...Array.from({ length: 20_001 }, (_, index) => [`Persoon ${index}`, `p${index}@tilburg.nl`, "Tilburg"])];
    expect(await readUpload(fileOf("lang.csv", csvBytes(rows)))).toEqual(refused(/meer dan 20\.000 regels/));
  });

  it("keeps cells that start with = + - @ as text, and the CSV export for Excel defuses them", async () => {
    const year = currentYear();
    const file = csvBytes([
      ["Gemeente", "CBS-code", "Contactpersoon facturen", "Opdrachtnummer", `Doet mee in ${year}`],
      ['=HYPERLINK("https://evil.example")', "GM0999", "@SUM(A1)", "-2+3", "ja"],
    ]);
    const read = await readUpload(fileOf("gemeenten.csv", file));
    if (!read.ok) throw new Error(read.message);
    const pending = await savePendingImport({
      ownerId: "hostile-secretary",
      fileName: "gemeenten.csv",
      tables: read.tables,
      notices: [],
      mappings: read.tables.map((table) => recogniseColumns(table.header)),
      overwrite: false,
    });
    const plan = await previewImport(db, pending);
    expect(plan.problems).toEqual([]);
    const applied = await applyImport(db, { id: "hostile-secretary", label: "secretaris@wmo.test" }, pending, {
      fingerprint: plan.fingerprint,
      welcome: false,
    });
    expect(applied.outcome).toBe("done");
    const stored = await db.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0999" } });
    expect(stored).toMatchObject({ name: '=HYPERLINK("https://evil.example")', invoiceContactName: "@SUM(A1)", purchaseOrderNumber: "-2+3" });
    const exported = parse(feeRegisterCsv(await listFeeRegisterForExport(db, { year, status: null, q: "", overdue: false })), {
      bom: true,
      delimiter: ";",
      columns: true,
    });
    expect(exported).toEqual([
      expect.objectContaining({ Gemeente: `'=HYPERLINK("https://evil.example")`, "Contactpersoon facturen": "'@SUM(A1)", Opdrachtnummer: "'-2+3" }),
    ]);
  });
});
