import "server-only";
import { currentUser } from "../../auth/guards";
import { loadReader } from "./load-reader";
import type { Reader } from "./personal-parts";

/** The signed-in reader of a page Next.js renders, for its personal parts; null for a visitor. */
export async function currentReader(meetingIds: readonly string[] = []): Promise<Reader | null> {
  const user = await currentUser();
  if (!user) return null;
  const reader = await loadReader({ userId: user.id }, meetingIds);
  return reader === "refresh" ? null : reader;
}
