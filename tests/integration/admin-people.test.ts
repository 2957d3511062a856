import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/record-change";
import { db } from "@/lib/db/client";
import { renderQueuedMail } from "@/lib/mail/render-mail";
import { listPeople } from "@/lib/members/list-people";
import { deactivatePerson, reactivatePerson } from "@/lib/members/manage-account-status";
import { createPerson, updatePerson } from "@/lib/members/manage-person";
import { loadPersonPage } from "@/lib/members/person-page";
import { newPersonSchema } from "@/lib/members/person-schema";
import { PAGE_SIZE } from "@/lib/pagination/page-params";
import { buildMunicipality } from "../support/builders/municipality";
import { buildPerson } from "../support/builders/person";
import { buildSession } from "../support/builders/session";
import { withFreshDatabase } from "./database";
import { countQueries } from "./support/query-count";

let actor: Actor;
let tilburg: string;
let emmen: string;

const details = (overrides: Record<string, unknown> = {}) => ({
  name: "Anna de Vries",
  email: "anna@tilburg.test",
  phone: null,
  jobTitle: "Beleidsadviseur",
  organisationType: "MUNICIPALITY" as const,
  municipalityId: tilburg,
  organisationName: null,
  role: "MEMBER" as const,
  ...overrides,
});

async function addPeople(count: number, prefix: string) {
  await db.user.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      name: `${prefix} ${String(index).padStart(3, "0")}`,
      email: `${prefix.toLowerCase()}-${index}@bulk.test`,
      role: index % 2 ? ("GUEST" as const) : ("MEMBER" as const),
      municipalityId: index % 3 ? tilburg : emmen,
    })),
  });
}

describe("admin: people", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });
  beforeEach(async () => {
    tilburg = (await buildMunicipality(db, { name: "Tilburg" })).id;
    emmen = (await buildMunicipality(db, { name: "Emmen" })).id;
    const secretary = await buildPerson(db, { name: "Sanne Secretaris", email: "secretaris@wmo.test", role: "SECRETARY" });
    actor = { id: secretary.id, label: "secretaris@wmo.test" };
  });

  it("searches by part of the name, the e-mail address or the municipality, case-insensitively", async () => {
    await createPerson(db, actor, { ...details(), welcome: false });
    await createPerson(db, actor, { ...details({ name: "Bram Jansen", email: "b.jansen@emmen.test", municipalityId: emmen, role: "GUEST" }), welcome: false });
    const names = async (filter: { q?: string; role?: string; status?: string }) =>
      (await listPeople(db, { q: "", role: "", status: "", page: 1, ...filter })).items.map((person) => person.name);
    expect(await names({ q: "DE VRI" })).toEqual(["Anna de Vries"]);
    expect(await names({ q: "jansen@emm" })).toEqual(["Bram Jansen"]);
    expect(await names({ q: "emmen" })).toEqual(["Bram Jansen"]);
    expect(await names({ role: "GUEST" })).toEqual(["Bram Jansen"]);
    expect(await names({ role: "SECRETARY" })).toEqual(["Sanne Secretaris"]);
    expect(await names({ role: "nonsense" })).toHaveLength(3);
    expect(await names({ q: "tilburg", role: "GUEST" })).toEqual([]);
  });

  it("pages in the database with the same number of queries however many people there are", async () => {
    await addPeople(10, "Klein");
    const small = await countQueries(() => listPeople(db, { q: "klein", role: "MEMBER", status: "actief", page: 1 }));
    await addPeople(3 * PAGE_SIZE, "Groot");
    expect(await countQueries(() => listPeople(db, { q: "groot", role: "MEMBER", status: "actief", page: 1 }))).toBe(small);
    const first = await listPeople(db, { q: "groot", role: "MEMBER", status: "actief", page: 1 });
    expect(first.total).toBe(Math.ceil((3 * PAGE_SIZE) / 2));
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.pageCount).toBe(2);
    const second = await listPeople(db, { q: "groot", role: "MEMBER", status: "actief", page: 2 });
    expect(second.items).toHaveLength(first.total - PAGE_SIZE);
    expect(second.items.some((person) => first.items.some((other) => other.id === person.id))).toBe(false);
  });

  it("adds a person with the audit entry, the sign-in link and the welcome mail in one go", async () => {
    const result = await createPerson(db, actor, { ...details(), welcome: true });
    if (result.outcome !== "saved") throw new Error(JSON.stringify(result));
    const person = await db.user.findUniqueOrThrow({ where: { id: result.id }, select: { email: true, emailVerified: true, municipalityId: true } });
    expect(person).toEqual({ email: "anna@tilburg.test", emailVerified: null, municipalityId: tilburg });
    // Queued without a usable link: the token is made when the mail is sent.
    expect(await db.verificationToken.count({ where: { identifier: "anna@tilburg.test" } })).toBe(0);
    const mail = await db.outboxMail.findFirstOrThrow({
      where: { to: "anna@tilburg.test" },
      select: { id: true, to: true, subject: true, text: true, html: true, template: true, templateData: true, aboutUserId: true },
    });
    expect(mail.subject).toBe("Welkom bij het Wmo transformatienetwerk");
    expect(`${mail.text}${mail.html}`).not.toContain("inloggen/link");
    expect(mail.aboutUserId).toBe(result.id);
    const rendered = await renderQueuedMail(db, mail);
    expect(rendered.text).toContain("https://wmo.test/inloggen/link?");
    expect(await db.verificationToken.count({ where: { identifier: "anna@tilburg.test" } })).toBe(1);
    const audit = await db.auditEntry.findMany({
      where: { entityType: "User", entityId: result.id },
      select: { action: true, entityLabel: true, actorId: true },
    });
    expect(audit).toEqual([{ action: "user.create", entityLabel: "Anna de Vries", actorId: actor.id }]);
  });

  it("refuses an e-mail address in use (any case) as a field error and writes nothing", async () => {
    await createPerson(db, actor, { ...details(), welcome: false });
    const before = { users: await db.user.count(), audit: await db.auditEntry.count(), mail: await db.outboxMail.count() };
    const parsed = newPersonSchema.parse({ name: "Anna Twee", email: "ANNA@Tilburg.test", organisationType: "VNG", role: "MEMBER", welcome: "ja" });
    const result = await createPerson(db, actor, parsed);
    expect(result).toEqual({ outcome: "invalid", fieldErrors: { email: "Dit e-mailadres hoort al bij een ander account." } });
    expect({ users: await db.user.count(), audit: await db.auditEntry.count(), mail: await db.outboxMail.count() }).toEqual(before);
    expect(await db.verificationToken.count()).toBe(0);
  });

  it("asks for the municipality or the organisation name that goes with the organisation type", () => {
    const base = { name: "Anna", email: "a@b.test", role: "MEMBER" };
    const errors = (input: Record<string, string>) => newPersonSchema.safeParse({ ...base, ...input }).error?.issues.map((issue) => issue.path[0]);
    expect(errors({ organisationType: "MUNICIPALITY" })).toEqual(["municipalityId"]);
    expect(errors({ organisationType: "MINISTRY" })).toEqual(["organisationName"]);
    expect(errors({ organisationType: "VNG" })).toBeUndefined();
    expect(errors({ organisationType: "VNG", name: "Anna\u0000" })).toEqual(["name"]);
  });

  it("records only the changed fields, and keeps a secretary from taking away their own role", async () => {
    const created = await createPerson(db, actor, { ...details(), welcome: false });
    if (created.outcome !== "saved") throw new Error("toevoegen mislukt");
    expect(await updatePerson(db, actor, created.id, details({ jobTitle: "Teamleider", role: "KERNCLUB" }))).toEqual({ outcome: "saved", id: created.id });
    const update = await db.auditEntry.findFirstOrThrow({ where: { action: "user.update" }, select: { before: true, after: true } });
    expect(update).toEqual({ before: { jobTitle: "Beleidsadviseur", role: "MEMBER" }, after: { jobTitle: "Teamleider", role: "KERNCLUB" } });

    const own = await updatePerson(db, actor, actor.id!, details({ name: "Sanne Secretaris", email: "secretaris@wmo.test", role: "MEMBER" }));
    expect(own.outcome === "invalid" && Object.keys(own.fieldErrors)).toContain("role");
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id! }, select: { role: true } })).role).toBe("SECRETARY");
    expect(await updatePerson(db, actor, created.id, details({ email: "secretaris@wmo.test" }))).toMatchObject({
      outcome: "invalid",
      fieldErrors: { email: expect.any(String) },
    });
  });

  it("deactivates an account with its sessions and reactivates it, each with an audit entry; never one's own", async () => {
    const created = await createPerson(db, actor, { ...details(), welcome: false });
    if (created.outcome !== "saved") throw new Error("toevoegen mislukt");
    await buildSession(db, created.id);
    expect(await deactivatePerson(db, actor, created.id)).toEqual({ outcome: "done", name: "Anna de Vries" });
    expect(await db.session.count({ where: { userId: created.id } })).toBe(0);
    expect(await deactivatePerson(db, actor, created.id)).toEqual({ outcome: "unchanged", name: "Anna de Vries" });
    expect((await listPeople(db, { q: "", role: "", status: "gedeactiveerd", page: 1 })).items.map((person) => person.id)).toEqual([created.id]);
    expect(await reactivatePerson(db, actor, created.id)).toEqual({ outcome: "done", name: "Anna de Vries" });
    expect(await deactivatePerson(db, actor, actor.id!)).toEqual({ outcome: "own-account" });
    const actions = await db.auditEntry.findMany({ where: { entityId: created.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((entry) => entry.action)).toEqual(["user.create", "user.deactivate", "user.reactivate"]);
  });

  it("loads a person's page in the same number of queries however much history there is, without mail bodies", async () => {
    const created = await createPerson(db, actor, { ...details(), welcome: true });
    if (created.outcome !== "saved") throw new Error("toevoegen mislukt");
    const few = await countQueries(() => loadPersonPage(db, created.id));
    const page = await loadPersonPage(db, created.id);
    for (let index = 0; index < 25; index += 1) await updatePerson(db, actor, created.id, details({ jobTitle: `Functie ${index}` }));
    expect(await countQueries(() => loadPersonPage(db, created.id))).toBe(few);
    const again = await loadPersonPage(db, created.id);
    expect(page?.mails).toHaveLength(1);
    expect(Object.keys(page!.mails[0])).not.toContain("html");
    expect(Object.keys(page!.mails[0])).not.toContain("text");
    expect(again?.history).toHaveLength(10);
  });
});
