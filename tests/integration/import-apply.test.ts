import { readdir } from "node:fs/promises";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { beforeEach, describe, expect, inject, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/action-client";
import type { Actor } from "@/lib/audit/record-change";
import { db } from "@/lib/db/client";
import { type FormState, idleState } from "@/lib/forms/form-state";
import { applyImport } from "@/lib/import/apply-import";
import type { PendingImport } from "@/lib/import/pending-import";
import { previewImport } from "@/lib/import/preview-import";
import { isCovered } from "@/lib/members/coverage";
import { currentYear } from "@/lib/members/current-year";
import { buildPerson } from "../support/builders/person";
import { truncateAll, withFreshDatabase } from "./database";
import { countQueries } from "./support/query-count";
import { csvBytes, fileOf } from "./support/import-files";
import { networkWorkbook, seedNetwork } from "./support/import-network";
import { pendingOf, withPendingImportsFolder } from "./support/import-pending";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/guards", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const url = inject("databaseUrl");
const year = currentYear();
const actor: Actor = { id: "secretary", label: "secretaris@wmo.test" };
const pendingImports = withPendingImportsFolder("import-apply");

async function confirm(pending: PendingImport, welcome = false) {
  const plan = await previewImport(db, pending);
  return applyImport(db, actor, pending, { fingerprint: plan.fingerprint, welcome });
}

const counts = async () => ({
  people: await db.user.count(),
  municipalities: await db.municipality.count(),
  memberships: await db.membership.count(),
  fees: await db.feeRecord.count(),
  positions: await db.position.count(),
  mails: await db.outboxMail.count(),
});

describe("confirming an import", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });
  beforeEach(async () => {
    await seedNetwork();
    session.user = { id: "secretary", role: "SECRETARY", email: "secretaris@wmo.test", name: "Sanne Secretaris" };
  });

  it("writes what the preview showed: admitted people with their municipality, memberships with fees, kernclub positions; a log entry per record and one for the import", async () => {
    const pending = await pendingOf("netwerk.xlsx", await networkWorkbook(), "secretary");
    const result = await confirm(pending);
    expect(result).toMatchObject({
      outcome: "done",
      summary: {
        file: "netwerk.xlsx",
        people: { created: 3, updated: 1, unchanged: 0, skipped: 5 },
        municipalities: { created: 1, updated: 1, unchanged: 0, skipped: 3 },
        memberships: 2,
        positions: 1,
        welcomeMails: 0,
      },
    });

    const people = await db.user.findMany({
      where: { email: { in: ["anna@tilburg.nl", "bram@emmen.nl", "eva@vng.nl", "gerda@tilburg.nl"] } },
      select: { email: true, role: true, admittedAt: true, phone: true, jobTitle: true, organisationType: true, municipality: { select: { name: true } } },
      orderBy: { email: "asc" },
    });
    expect(people.map(({ admittedAt, ...person }) => ({ ...person, admitted: admittedAt !== null }))).toEqual([
      {
        email: "anna@tilburg.nl",
        role: "MEMBER",
        phone: "06-99 99 99 99",
        jobTitle: "Beleidsadviseur",
        organisationType: "MUNICIPALITY",
        municipality: { name: "Tilburg" },
        admitted: true,
      },
      {
        email: "bram@emmen.nl",
        role: "MEMBER",
        phone: null,
        jobTitle: "Strateeg",
        organisationType: "MUNICIPALITY",
        municipality: { name: "Emmen" },
        admitted: true,
      },
      { email: "eva@vng.nl", role: "MEMBER", phone: null, jobTitle: "Adviseur", organisationType: "VNG", municipality: null, admitted: true },
      {
        email: "gerda@tilburg.nl",
        role: "KERNCLUB",
        phone: "013-123 45 67",
        jobTitle: "Programmamanager",
        organisationType: "MUNICIPALITY",
        municipality: { name: "Tilburg" },
        admitted: true,
      },
    ]);
    // Member rights come from admission plus the municipality's membership.
    expect(await isCovered(db, "anna", year)).toBe(true);

    const tilburg = await db.municipality.findUniqueOrThrow({ where: { id: "tilburg" } });
    expect(tilburg).toMatchObject({
      invoiceContactName: "Karin Kas",
      invoiceContactEmail: "facturen@tilburg.nl",
      invoiceStreet: "Postbus 90155",
      invoicePostcode: "5000 LH",
      invoiceCity: "Tilburg",
      purchaseOrderNumber: "PO-1",
    });
    const emmen = await db.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0114" } });
    expect(emmen).toMatchObject({ name: "Emmen", slug: "emmen", invoiceStreet: "Postbus 30001", invoicePostcode: "7800 RA", invoiceCity: "Emmen" });
    expect(
      await db.feeRecord.findMany({ select: { municipalityId: true, year: true, amountCents: true, status: true }, orderBy: { municipalityId: "asc" } }),
    ).toEqual(
      [
        { municipalityId: emmen.id, year, amountCents: 50000, status: "OPEN" },
        { municipalityId: "tilburg", year, amountCents: 50000, status: "OPEN" },
      ].sort((a, b) => a.municipalityId.localeCompare(b.municipalityId)),
    );
    expect(await db.position.findMany({ select: { role: true, endedOn: true, user: { select: { email: true } }, municipalityId: true } })).toEqual([
      { role: "CHAIR", endedOn: null, user: { email: "gerda@tilburg.nl" }, municipalityId: "tilburg" },
    ]);

    const log = await db.auditEntry.findMany({ select: { action: true, entityType: true, entityLabel: true, actorId: true } });
    expect(log.every((entry) => entry.actorId === "secretary")).toBe(true);
    expect(log.map((entry) => `${entry.action} ${entry.entityLabel}`).sort()).toEqual(
      [
        "municipality.update Tilburg",
        "municipality.create Emmen",
        "user.update Anna de Vries",
        "user.create Bram Jansen",
        "user.create Eva Evers",
        "user.create Gerda Groen",
        "position.create Voorzitter: Gerda Groen",
        `fee.create Tilburg ${year}`,
        `fee.create Emmen ${year}`,
        "import.run netwerk.xlsx",
      ].sort(),
    );
    expect(await db.outboxMail.count()).toBe(0);
  });

  it("changes nothing when the same file is imported again", async () => {
    await confirm(await pendingOf("netwerk.xlsx", await networkWorkbook(), "secretary"));
    const after = await counts();
    const log = await db.auditEntry.count();
    const again = await pendingOf("netwerk.xlsx", await networkWorkbook(), "secretary");
    const plan = await previewImport(db, again);
    expect(plan.rows.filter((row) => row.outcome !== "skip").map((row) => row.outcome)).toEqual(Array(6).fill("unchanged"));
    expect(plan.writes).toEqual({ newMunicipalities: [], municipalityUpdates: [], newPeople: [], personUpdates: [], positions: [], memberships: [] });
    expect(await confirm(again)).toMatchObject({ outcome: "done", summary: { memberships: 0, positions: 0 } });
    expect(await counts()).toEqual(after);
    // Only the import itself is logged.
    expect(await db.auditEntry.count()).toBe(log + 1);
  });

  it("overwrites differing values only when asked", async () => {
    await confirm(await pendingOf("netwerk.xlsx", await networkWorkbook(), "secretary", true));
    expect(await db.user.findUniqueOrThrow({ where: { id: "anna" }, select: { phone: true } })).toEqual({ phone: "06-11 11 11 11" });
    expect(await db.municipality.findUniqueOrThrow({ where: { id: "tilburg" }, select: { invoiceContactName: true, name: true } })).toEqual({
      invoiceContactName: "Piet Post",
      name: "Tilburg",
    });
  });

  it("gives a membership and fee for a year exactly once, also when the municipality already takes part", async () => {
    await db.membership.create({ data: { municipalityId: "tilburg", year } });
    await db.feeRecord.create({ data: { municipalityId: "tilburg", year, amountCents: 50000, status: "PAID" } });
    await confirm(await pendingOf("netwerk.xlsx", await networkWorkbook(), "secretary"));
    expect(await db.feeRecord.findMany({ where: { municipalityId: "tilburg" }, select: { year: true, status: true } })).toEqual([{ year, status: "PAID" }]);
    expect(await db.membership.count({ where: { year } })).toBe(2);
  });

  it("queues a welcome mail with a sign-in link for each new person only when chosen, in the same transaction", async () => {
    await confirm(await pendingOf("netwerk.xlsx", await networkWorkbook(), "secretary"), true);
    const mails = await db.outboxMail.findMany({ select: { to: true, template: true, subject: true }, orderBy: { to: "asc" } });
    expect(mails).toEqual(
      ["bram@emmen.nl", "eva@vng.nl", "gerda@tilburg.nl"].map((to) => ({ to, template: "welcome", subject: "Welkom bij het Wmo transformatienetwerk" })),
    );
  });

  it("writes nothing when the database changed after the preview", async () => {
    const pending = await pendingOf("netwerk.xlsx", await networkWorkbook(), "secretary");
    const plan = await previewImport(db, pending);
    await buildPerson(db, { name: "Bram Jansen", email: "bram@emmen.nl" });
    const before = await counts();
    expect(await applyImport(db, actor, pending, { fingerprint: plan.fingerprint, welcome: true })).toEqual({ outcome: "changed" });
    expect(await counts()).toEqual(before);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("previews and imports with the same number of queries for 10 and for 200 rows", async () => {
    const file = (count: number) =>
      csvBytes([
        ["Naam", "E-mailadres", "Gemeente", "CBS-code", "Factuuradres", `Doet mee in ${year}`, "Kernclubrol"],
        ...Array.from({ length: count }, (_, index) => [
          `Persoon ${index}`,
          `persoon-${index}@gemeente-${index % 7}.nl`,
          `Gemeente ${index % 7}`,
          `GM${String(100 + (index % 7)).padStart(4, "0")}`,
          `Postbus ${index % 7}, 1000 AA Ergens`,
          "ja",
          index % 5 ? "" : "lid",
        ]),
      ]);
    const measure = async (count: number) => {
      await truncateAll(url);
      await seedNetwork();
      const pending = await pendingOf("bulk.csv", file(count), "secretary");
      const preview = await countQueries(() => previewImport(db, pending));
      const plan = await previewImport(db, pending);
      const confirm = await countQueries(async () =>
        expect((await applyImport(db, actor, pending, { fingerprint: plan.fingerprint, welcome: true })).outcome).toBe("done"),
      );
      return { preview, confirm };
    };
    const small = await measure(10);
    expect(await measure(200)).toEqual(small);
  });

  it("goes from upload to confirmation through the forms, and a second confirmation finds nothing to do", async () => {
    const { confirmImportAction, uploadImportAction } = await import("@/lib/import/admin-actions");
    const redirectOf = async (run: () => Promise<FormState>) => {
      try {
        return { state: await run() };
      } catch (error) {
        if (!isRedirectError(error)) throw error;
        return { location: (error as Error & { digest: string }).digest.split(";")[2]! };
      }
    };
    const upload = new FormData();
    const uploadMember = (name: string, email: string) =>
      upload.set(
        "file",
        fileOf(
          "leden.csv",
          csvBytes([
            ["Naam", "E-mailadres", "Gemeente"],
            [name, email, "Tilburg"],
          ]),
        ),
      );
    uploadMember("Lies Laan", "lies@tilburg.nl");
    const uploaded = await redirectOf(() => uploadImportAction(idleState, upload));
    const importId = /bestand=([\w-]+)/.exec(uploaded.location ?? "")![1]!;
    expect(await readdir(pendingImports())).toEqual([`${importId}.json`]);
    expect(await db.user.count({ where: { email: "lies@tilburg.nl" } })).toBe(0);

    const { loadPendingImport } = await import("@/lib/import/pending-import");
    const plan = await previewImport(db, (await loadPendingImport(importId, "secretary"))!);
    const form = new FormData();
    form.set("importId", importId);
    form.set("fingerprint", plan.fingerprint);
    const confirmed = await redirectOf(() => confirmImportAction(idleState, form));
    expect(confirmed.location).toBe(`/beheer/importeren?klaar=${importId}`);
    expect(await db.user.count({ where: { email: "lies@tilburg.nl", admittedAt: { not: null } } })).toBe(1);
    expect(await readdir(pendingImports())).toEqual([]);

    const twice = await redirectOf(() => confirmImportAction(idleState, form));
    expect(twice.state).toMatchObject({ status: "error", fieldErrors: { importId: expect.stringMatching(/bestaat niet \(meer\)/) } });

    // Someone else's preview reads as one that does not exist.
    uploadMember("Mia Mol", "mia@tilburg.nl");
    const other = /bestand=([\w-]+)/.exec((await redirectOf(() => uploadImportAction(idleState, upload))).location!)![1]!;
    session.user = { id: "someone-else", role: "SECRETARY", email: "ander@wmo.test", name: "Ander" };
    form.set("importId", other);
    expect((await redirectOf(() => confirmImportAction(idleState, form))).state).toMatchObject({ fieldErrors: { importId: expect.any(String) } });
    expect(await db.user.count({ where: { email: "mia@tilburg.nl" } })).toBe(0);
  });
});
