import "server-only";
import { type Actor, recordChange } from "../audit/record-change";
import type { Database } from "../db/client";
import { Prisma } from "../db/generated/client";
import { positionRoleLabels } from "./position-role";
import { type GivePositionInput, UNKNOWN_PERSON } from "./position-schema";

export type GivePositionResult = { outcome: "saved"; id: string } | { outcome: "invalid"; fieldErrors: Record<string, string> };

const DUPLICATE = "Deze persoon heeft deze functie al vanaf deze datum.";

/** Gives an existing person a position, with its audit entry. The person's access role stays as it is. */
export async function givePosition(db: Database, actor: Actor, input: GivePositionInput): Promise<GivePositionResult> {
  try {
    return await db.$transaction(async (tx): Promise<GivePositionResult> => {
      const [user, municipality] = await Promise.all([
        tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true } }),
        input.municipalityId ? tx.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true, name: true } }) : null,
      ]);
      if (!user) return { outcome: "invalid", fieldErrors: { email: UNKNOWN_PERSON } };
      if (input.municipalityId && !municipality) return { outcome: "invalid", fieldErrors: { municipalityId: "Kies een gemeente uit de lijst." } };
      const startedOn = new Date(`${input.startedOn}T00:00:00Z`);
      const duplicate = await tx.position.findUnique({
        where: { userId_role_startedOn: { userId: user.id, role: input.role, startedOn } },
        select: { id: true },
      });
      if (duplicate) return { outcome: "invalid", fieldErrors: { startedOn: DUPLICATE } };

      const position = await tx.position.create({
        data: {
          userId: user.id,
          role: input.role,
          municipalityId: municipality?.id ?? null,
          startedOn,
          contactEmail: input.contactEmail,
          contactPhone: input.contactPhone,
        },
        select: { id: true },
      });
      await recordChange(tx, actor, {
        action: "position.create",
        entityType: "Position",
        entityId: position.id,
        entityLabel: `${positionRoleLabels[input.role]}: ${user.name}`,
        after: {
          person: user.name,
          email: input.email,
          role: input.role,
          municipality: municipality?.name ?? null,
          startedOn: input.startedOn,
          contactEmail: input.contactEmail,
          contactPhone: input.contactPhone,
        },
      });
      return { outcome: "saved", id: position.id };
    });
  } catch (error) {
    // Two secretaries giving the same position at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { outcome: "invalid", fieldErrors: { startedOn: DUPLICATE } };
    throw error;
  }
}
