import "server-only";
import { adminEmails } from "../auth/admin-emails";
import type { Database } from "../db/client";
import { mergedColumns, mergeRefusal } from "./merge-rules";
import { readMergeState } from "./merge-state";

const CANDIDATES_SHOWN = 10;

/**
 * People the secretary may merge with `keepId`: those matching the search (name or e-mail address), or without a
 * search those with the same name, the likeliest doubles.
 */
export function findMergeCandidates(db: Database, keepId: string, keepName: string, q: string) {
  return db.user.findMany({
    where: {
      id: { not: keepId },
      ...(q
        ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] }
        : { name: { equals: keepName, mode: "insensitive" } }),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: CANDIDATES_SHOWN,
    select: { id: true, name: true, email: true, municipality: { select: { name: true } }, organisationName: true },
  });
}

/**
 * What merging `otherId` into `keepId` would do, as the confirmation shows it: the other person, the counts per
 * kind, the kept person's columns that change, and the reason it is refused, if any. Null when either is gone.
 */
export async function loadMergePreview(db: Database, keepId: string, otherId: string, actorId: string) {
  if (keepId === otherId) return null;
  const { keep, other, plan } = await readMergeState(db, keepId, otherId);
  if (!keep || !other || !plan) return null;
  const admins = adminEmails();
  return {
    other,
    counts: plan.counts,
    changes: mergedColumns(keep, other, admins),
    refusal: mergeRefusal({ keep, other, actorId, adminEmails: admins, different: plan.answers.different }),
  };
}

/**
 * The "Samenvoegen" section of a person's page: the people found (`q`), and what merging the chosen one
 * (`otherId`) would do; "gone" when the chosen one does not exist (any more).
 */
export async function loadMergeSection(db: Database, keep: { id: string; name: string }, q: string, otherId: string, actorId: string) {
  const [candidates, chosen] = await Promise.all([
    findMergeCandidates(db, keep.id, keep.name, q),
    otherId ? loadMergePreview(db, keep.id, otherId, actorId) : null,
  ]);
  return { q, candidates, chosen: otherId ? (chosen ?? ("gone" as const)) : null };
}

export type MergeSectionData = Awaited<ReturnType<typeof loadMergeSection>>;
export type MergePreview = NonNullable<Awaited<ReturnType<typeof loadMergePreview>>>;
export type MergeCandidate = Awaited<ReturnType<typeof findMergeCandidates>>[number];
