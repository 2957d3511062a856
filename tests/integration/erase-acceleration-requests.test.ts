import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AccelerationRequestStatus } from "@/lib/db/generated/enums";
import { eraseExpiredAccelerationRequests } from "@/lib/maintenance/erase-acceleration-requests";
import { runMaintenance } from "@/lib/maintenance/run-maintenance";
import { buildAccelerationRequest } from "../support/builders/acceleration-request";
import { withFreshDatabase } from "./database";

const now = new Date("2026-11-23T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600_000);

type Row = { status: AccelerationRequestStatus; createdAt: Date; confirmedAt: Date | null; closedAt: Date | null };

async function request(id: string, { status, createdAt, confirmedAt, closedAt }: Row) {
  await buildAccelerationRequest(db, {
    id,
    email: `${id}@tilburg.test`,
    status,
    createdAt,
    confirmedAt,
    closedAt,
    confirmationTokenHash: confirmedAt ? null : `hash-${id}`,
  });
  await db.auditEntry.create({
    data: {
      actorLabel: "secretaris@wmo.test",
      action: "acceleration-request.intake",
      entityType: "AccelerationRequest",
      entityId: id,
      entityLabel: "Gemeente Tilburg",
      after: { note: "Intake op 3 maart." },
    },
  });
}

const remaining = async () => (await db.accelerationRequest.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((row) => row.id);

describe("erasing requests for the versnellingstraject", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });
  beforeEach(async () => {
    const old = daysAgo(1000);
    await request("accepted-731", { status: "ACCEPTED", createdAt: old, confirmedAt: old, closedAt: daysAgo(731) });
    await request("declined-731", { status: "DECLINED", createdAt: old, confirmedAt: old, closedAt: daysAgo(731) });
    await request("accepted-729", { status: "ACCEPTED", createdAt: old, confirmedAt: old, closedAt: daysAgo(729) });
    await request("intake-old", { status: "INTAKE_PLANNED", createdAt: old, confirmedAt: old, closedAt: null });
    await request("new-old", { status: "NEW", createdAt: old, confirmedAt: old, closedAt: null });
    await request("unconfirmed-31", { status: "NEW", createdAt: daysAgo(31), confirmedAt: null, closedAt: null });
    await request("unconfirmed-29", { status: "NEW", createdAt: daysAgo(29), confirmedAt: null, closedAt: null });
  });
  afterAll(async () => {
    delete process.env.ACCELERATION_REQUEST_RETENTION_DAYS;
  });

  it("erases closed requests after two years and unconfirmed ones after 30 days, with their history; requests in progress stay", async () => {
    expect(await eraseExpiredAccelerationRequests(db, now)).toEqual({ closed: 2, unconfirmed: 1 });
    expect(await remaining()).toEqual(["accepted-729", "intake-old", "new-old", "unconfirmed-29"]);
    const history = await db.auditEntry.findMany({ orderBy: { entityId: "asc" }, select: { entityId: true } });
    expect(history.map((entry) => entry.entityId)).toEqual(["accepted-729", "intake-old", "new-old", "unconfirmed-29"]);
  });

  it("follows ACCELERATION_REQUEST_RETENTION_DAYS, as the periodic maintenance runs it", async () => {
    process.env.ACCELERATION_REQUEST_RETENTION_DAYS = "365";
    await runMaintenance(db, now);
    expect(await remaining()).toEqual(["intake-old", "new-old", "unconfirmed-29"]);
  });
});
