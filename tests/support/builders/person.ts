import type { Database } from "../../../lib/db/client";
import type { Prisma } from "../../../lib/db/generated/client";
import { uniqueTag } from "./unique-tag";

/** A person the network knows: a member with an address of their own, not admitted and without a municipality unless given. */
export function buildPerson(db: Database, overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const tag = uniqueTag();
  return db.user.create({ data: { name: `Test Persoon ${tag}`, email: `persoon-${tag}@example.test`, role: "MEMBER", ...overrides } });
}

/** A person the secretary has admitted (now), otherwise as buildPerson. */
export function buildAdmittedPerson(db: Database, overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  return buildPerson(db, { admittedAt: new Date(), ...overrides });
}

/** An admitted member who works for the municipality. */
export function buildMunicipalMember(db: Database, municipalityId: string, overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  return buildAdmittedPerson(db, { organisationType: "MUNICIPALITY", municipalityId, ...overrides });
}
