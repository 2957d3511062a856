import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import { positionRoleLabels } from "./position-role";
import type { EndPositionInput } from "./position-schema";

export type EndPositionResult = { outcome: "ended" } | { outcome: "not-found" } | { outcome: "invalid"; fieldErrors: Record<string, string> };

/** Ends a current position on a date on or after its start, with its audit entry. */
export async function endPosition(db: Database, actor: Actor, input: EndPositionInput): Promise<EndPositionResult> {
  return db.$transaction(async (tx): Promise<EndPositionResult> => {
    const position = await tx.position.findFirst({
      where: { id: input.positionId, endedOn: null },
      select: { id: true, role: true, startedOn: true, user: { select: { name: true } } },
    });
    if (!position) return { outcome: "not-found" };
    const startKey = position.startedOn.toISOString().slice(0, 10);
    if (input.endedOn < startKey) return { outcome: "invalid", fieldErrors: { endedOn: "De einddatum kan niet vóór de begindatum liggen." } };
    const ended = await tx.position.updateMany({ where: { id: position.id, endedOn: null }, data: { endedOn: new Date(`${input.endedOn}T00:00:00Z`) } });
    if (ended.count === 0) return { outcome: "not-found" };
    await recordChange(tx, actor, {
      action: "position.end",
      entityType: "Position",
      entityId: position.id,
      entityLabel: `${positionRoleLabels[position.role]}: ${position.user.name}`,
      before: { endedOn: null },
      after: { endedOn: input.endedOn },
    });
    return { outcome: "ended" };
  });
}
