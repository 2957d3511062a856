import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { organisationTypeLabels } from "./sign-up-schema";

/**
 * What gives a person a member's rights (answering for meetings, every meeting document) in a year: the
 * secretary role; or, once admitted (by the secretary, or by their municipality's e-mail domain), their
 * municipality's membership or their own personal membership (ministries, the VNG and other organisations).
 * Never the MEMBER or GUEST role, and never what someone chose on the public form before being admitted.
 */
export type Coverage =
  | { kind: "secretary" }
  | { kind: "municipality"; municipalityId: string; municipalityName: string; colleagues: number }
  | { kind: "personal"; organisationName: string | null }
  | { kind: "none"; municipalityName: string | null }
  | { kind: "not-admitted"; rejection: { message: string | null } | null };

/** Admitted people with a membership for `year`: their current municipality's, or their own. */
export function withMembershipInYear(year: number): Prisma.UserWhereInput {
  return { admittedAt: { not: null }, OR: [{ municipality: { memberships: { some: { year } } } }, { memberships: { some: { year } } }] };
}

/** People with a member's rights in `year`; the bulk form of `findCoverage` (kind other than "none"). */
export function coveredInYear(year: number): Prisma.UserWhereInput {
  return { OR: [{ role: "SECRETARY" }, withMembershipInYear(year)] };
}

export async function isCovered(db: Database, userId: string, year: number): Promise<boolean> {
  return (await db.user.count({ where: { AND: [{ id: userId }, coveredInYear(year)] } })) > 0;
}

/** A person's coverage in `year`, with the number of active colleagues in their municipality, in a constant number of queries. */
export async function findCoverage(db: Database, userId: string, year: number): Promise<Coverage> {
  const person = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      role: true,
      admittedAt: true,
      applications: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, decisionMessage: true } },
      organisationType: true,
      organisationName: true,
      memberships: { where: { year }, select: { id: true } },
      municipality: {
        select: {
          id: true,
          name: true,
          memberships: { where: { year }, select: { id: true } },
          _count: { select: { users: { where: { id: { not: userId }, deactivatedAt: null } } } },
        },
      },
    },
  });
  const { municipality } = person;
  if (person.role === "SECRETARY") return { kind: "secretary" };
  if (!person.admittedAt) {
    const [latest] = person.applications;
    return { kind: "not-admitted", rejection: latest?.status === "REJECTED" ? { message: latest.decisionMessage } : null };
  }
  if (municipality?.memberships.length) {
    return { kind: "municipality", municipalityId: municipality.id, municipalityName: municipality.name, colleagues: municipality._count.users };
  }
  if (person.memberships.length) {
    const type = person.organisationType;
    return { kind: "personal", organisationName: person.organisationName ?? (type && type !== "MUNICIPALITY" ? organisationTypeLabels[type] : null) };
  }
  return { kind: "none", municipalityName: municipality?.name ?? null };
}
