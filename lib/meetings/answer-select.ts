import type { Prisma } from "../db/generated/client";

/** An answer to a meeting with what it asks besides yes or no (days, dinner, overnight stay, dietary wishes). */
export const answerDetailsSelect = {
  status: true,
  waitlistedAt: true,
  days: true,
  dinner: true,
  overnight: true,
  dietaryWishes: true,
} as const satisfies Prisma.RsvpSelect;
