import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/record-change";
import { db } from "@/lib/db/client";
import { endPosition } from "@/lib/kernclub/end-position";
import { givePosition } from "@/lib/kernclub/give-position";
import { loadKernclubPage } from "@/lib/kernclub/load-kernclub-page";
import { givePositionSchema, UNKNOWN_PERSON } from "@/lib/kernclub/position-schema";
import { seedDatabase } from "@/lib/seed/seed-database";
import { municipalityIdNamed } from "../support/builders/municipality";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";

const actor: Actor = { id: null, label: "test-secretaris" };

const input = (overrides: Record<string, string> = {}) =>
  givePositionSchema.parse({
    email: "kees@kernclub.test",
    role: "KERNCLUB_MEMBER",
    municipalityId: "",
    startedOn: "2026-01-01",
    contactEmail: "",
    contactPhone: "",
    ...overrides,
  });

describe("kernclub positions", () => {
  let userId: string;
  let municipalityId: string;

  withFreshDatabase();
  beforeAll(async () => {
    await seedDatabase(db);
    municipalityId = await municipalityIdNamed(db, "Tilburg");
    ({ id: userId } = await buildPerson(db, { name: "Kees Kernclub", email: "kees@kernclub.test" }));
  });

  it("refuses an unknown person, an unknown municipality and a duplicate, writing nothing", async () => {
    const before = [await db.position.count(), await db.auditEntry.count()];
    expect(await givePosition(db, actor, input({ email: "Niemand@Kernclub.test" }))).toEqual({ outcome: "invalid", fieldErrors: { email: UNKNOWN_PERSON } });
    expect(await givePosition(db, actor, input({ municipalityId: "bestaat-niet" }))).toEqual({
      outcome: "invalid",
      fieldErrors: { municipalityId: "Kies een gemeente uit de lijst." },
    });
    expect([await db.position.count(), await db.auditEntry.count()]).toEqual(before);
  });

  it("gives a position with its audit entry, leaves the access role alone and refuses the same one twice", async () => {
    const result = await givePosition(db, actor, input({ email: "KEES@kernclub.test", municipalityId }));
    expect(result.outcome).toBe("saved");
    if (result.outcome !== "saved") return;
    expect(await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } })).toEqual({ role: "MEMBER" });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: result.id }, select: { action: true, entityType: true, entityLabel: true } });
    expect(audit).toEqual({ action: "position.create", entityType: "Position", entityLabel: "Lid van de kernclub: Kees Kernclub" });
    expect((await loadKernclubPage(db)).members.map((position) => position.user.name)).toContain("Kees Kernclub");

    const again = await givePosition(db, actor, input({ municipalityId }));
    expect(again).toEqual({ outcome: "invalid", fieldErrors: { startedOn: "Deze persoon heeft deze functie al vanaf deze datum." } });
  });

  it("ends a position on or after its start, once, with an audit entry", async () => {
    const position = await db.position.findFirstOrThrow({ where: { userId }, select: { id: true } });
    expect(await endPosition(db, actor, { positionId: position.id, endedOn: "2025-12-31" })).toEqual({
      outcome: "invalid",
      fieldErrors: { endedOn: "De einddatum kan niet vóór de begindatum liggen." },
    });
    expect(await endPosition(db, actor, { positionId: position.id, endedOn: "2026-01-01" })).toEqual({ outcome: "ended" });
    expect(await endPosition(db, actor, { positionId: position.id, endedOn: "2026-02-01" })).toEqual({ outcome: "not-found" });
    const entries = await db.auditEntry.findMany({ where: { entityId: position.id, action: "position.end" }, select: { after: true, entityLabel: true } });
    expect(entries).toEqual([{ after: { endedOn: "2026-01-01" }, entityLabel: "Lid van de kernclub: Kees Kernclub" }]);
    const page = await loadKernclubPage(db);
    expect(page.members.map((p) => p.user.name)).not.toContain("Kees Kernclub");
    expect(page.former.map((p) => p.user.name)).toContain("Kees Kernclub");
  });

  it("checks contact details for the role", () => {
    const result = givePositionSchema.safeParse({
      email: "x@y.nl",
      role: "SECRETARY",
      startedOn: "2026-01-01",
      contactEmail: "geen-adres",
      contactPhone: "12",
    });
    expect(result.success).toBe(false);
    expect(new Set(result.error!.issues.map((issue) => issue.path[0]))).toEqual(new Set(["contactEmail", "contactPhone"]));
  });
});
