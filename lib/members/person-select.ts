import type { Prisma } from "../db/generated/client";

/** A person's own details: what they give on signing up and what their pages show. */
export const personDetailsSelect = {
  name: true,
  email: true,
  phone: true,
  jobTitle: true,
  role: true,
  organisationType: true,
  organisationName: true,
  /** Unsubscribed from mailings since (lib/mailings). */
  mailingsOffAt: true,
} as const satisfies Prisma.UserSelect;
