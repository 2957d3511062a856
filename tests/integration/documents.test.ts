import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { removeDocument } from "@/lib/documents/remove-document";
import { uploadDocument } from "@/lib/documents/upload-document";
import { buildMeeting } from "../support/builders/meeting";
import { buildTheme } from "../support/builders/theme";
import { withFreshDatabase } from "./database";

const actor = { id: null, label: "test" };
const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
let dir: string;
let meetingId: string;

const file = (name: string, bytes: Uint8Array | Buffer) => new File([new Uint8Array(bytes)], name, { type: "application/pdf" });
const storedFiles = () => readdir(dir).catch(() => []);

describe("uploading meeting documents", () => {
  withFreshDatabase();
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "uploads-"));
    process.env.UPLOAD_DIR = path.join(dir, "files");
    dir = process.env.UPLOAD_DIR;
    ({ id: meetingId } = await buildMeeting(db));
  });
  beforeEach(async () => {
    delete process.env.UPLOAD_MAX_MB;
    await db.auditEntry.deleteMany();
    await db.meetingDocument.deleteMany();
  });
  afterAll(async () => {
    await rm(path.dirname(dir), { recursive: true, force: true });
  });

  it("refuses a text file called .pdf and a renamed program, storing nothing", async () => {
    const text = await uploadDocument(db, actor, { meetingId, title: "Nep", file: file("programma.pdf", Buffer.from("Dit is gewoon tekst.\n")) });
    expect(text).toEqual({ outcome: "invalid", fieldErrors: { file: expect.stringMatching(/Dit soort bestand kan niet/) } });
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62), Buffer.from("PE\0\0"), Buffer.alloc(200)]);
    const program = await uploadDocument(db, actor, { meetingId, title: "Nep", file: file("programma.pdf", exe) });
    expect(program.outcome).toBe("invalid");
    expect(await storedFiles()).toEqual([]);
    expect(await db.meetingDocument.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("refuses a file over UPLOAD_MAX_MB, storing nothing", async () => {
    process.env.UPLOAD_MAX_MB = "1";
    const big = Buffer.concat([pdf, Buffer.alloc(1024 * 1024)]);
    const result = await uploadDocument(db, actor, { meetingId, title: "Groot", file: file("groot.pdf", big) });
    expect(result).toEqual({ outcome: "invalid", fieldErrors: { file: "Dit bestand is te groot. Een document is hoogstens 1 MB." } });
    expect(await storedFiles()).toEqual([]);
    expect(await db.meetingDocument.count()).toBe(0);
  });

  it("refuses an empty file input", async () => {
    const result = await uploadDocument(db, actor, { meetingId, title: "Leeg", file: file("", Buffer.alloc(0)) });
    expect(result).toEqual({ outcome: "invalid", fieldErrors: { file: "Kies een bestand om te uploaden." } });
  });

  it("stores a valid PDF under its id, with the row and the audit entry; removing deletes all but the audit", async () => {
    const result = await uploadDocument(db, actor, { meetingId, title: "Programma", file: file("../../etc/passwd.txt", pdf) });
    expect(result.outcome).toBe("saved");
    if (result.outcome !== "saved") return;
    expect(await storedFiles()).toEqual([`${result.id}.pdf`]);
    expect(await readFile(path.join(dir, `${result.id}.pdf`))).toEqual(pdf);
    const row = await db.meetingDocument.findUniqueOrThrow({
      where: { id: result.id },
      select: { mimeType: true, extension: true, sizeBytes: true, title: true },
    });
    expect(row).toEqual({ mimeType: "application/pdf", extension: "pdf", sizeBytes: pdf.byteLength, title: "Programma" });
    expect(await db.auditEntry.findMany({ select: { action: true, entityId: true } })).toEqual([{ action: "document.upload", entityId: result.id }]);

    expect(await removeDocument(db, actor, result.id)).toMatchObject({ outcome: "removed", meetingId });
    expect(await storedFiles()).toEqual([]);
    expect(await db.meetingDocument.count()).toBe(0);
    expect((await db.auditEntry.findMany({ select: { action: true }, orderBy: { createdAt: "asc" } })).map((entry) => entry.action)).toEqual([
      "document.upload",
      "document.remove",
    ]);
  });

  it("gives a document themes of its own, and refuses a theme that does not exist, storing nothing", async () => {
    const theme = await buildTheme(db, { name: "Inkoop" });
    const refused = await uploadDocument(db, actor, { meetingId, title: "Met thema", themeIds: ["bestaat-niet"], file: file("a.pdf", pdf) });
    expect(refused).toEqual({ outcome: "invalid", fieldErrors: { themeIds: "Kies thema's uit de lijst." } });
    expect(await storedFiles()).toEqual([]);
    const saved = await uploadDocument(db, actor, { meetingId, title: "Met thema", themeIds: [theme.id], file: file("a.pdf", pdf) });
    expect(saved.outcome).toBe("saved");
    expect(await db.documentTheme.findMany({ select: { themeId: true } })).toEqual([{ themeId: theme.id }]);
    expect((await db.auditEntry.findFirstOrThrow({ where: { action: "document.upload" } })).after).toMatchObject({ themes: ["Inkoop"] });
    if (saved.outcome === "saved") await removeDocument(db, actor, saved.id);
  });

  it("deletes the written file when the transaction fails", async () => {
    // A meeting deleted between the check and the insert: the foreign key fails inside the transaction.
    const doomed = await buildMeeting(db);
    const slow = {
      name: "x.pdf",
      size: pdf.byteLength,
      arrayBuffer: async () => {
        await db.meeting.delete({ where: { id: doomed.id } });
        return new Uint8Array(pdf).buffer;
      },
    };
    await expect(uploadDocument(db, actor, { meetingId: doomed.id, title: "Weg", file: slow })).rejects.toThrow();
    expect(await storedFiles()).toEqual([]);
    expect(await db.meetingDocument.count()).toBe(0);
  });
});
