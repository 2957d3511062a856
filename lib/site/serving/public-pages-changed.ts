import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../../db/client";
import { recordPublicPagesChanged } from "../record-public-pages-changed";

/**
 * How often the data behind the public pages changed, as this process knows it: a count, not a time, so a page
 * rendered in the same millisecond as a change is still told apart. A change here counts at once;
 * it is also written to PostgreSQL ("PageCacheInvalidation"), which every process reads at most
 * PAGE_CACHE_SYNC_MS (default 1000) milliseconds before serving a kept page, so another process follows within
 * a second. Kept on globalThis: Next.js's bundle and the site's server each load this module, in one process.
 */
type State = { version: number; origin: string; lastId: bigint | undefined; readAt: number; failing: boolean; reading?: Promise<void> };
const global = globalThis as unknown as { publicPagesChanged?: State };
const state: State = (global.publicPagesChanged ??= { version: 0, origin: randomUUID(), lastId: undefined, readAt: 0, failing: false });
const syncInterval = Number(process.env.PAGE_CACHE_SYNC_MS ?? 1_000);
const MAX_WAIT_MS = 100;

function report(failing: boolean, error?: unknown) {
  if (failing && !state.failing) console.error("[paginacache] wijzigingen niet te lezen of te schrijven:", error);
  state.failing = failing;
}

/** Every public page is rendered anew on its next request, here at once and in every other process within a second. */
export function markPublicPagesChanged() {
  state.version += 1;
  recordPublicPagesChanged(db, state.origin).then(
    () => report(false),
    (error: unknown) => report(true, error),
  );
}

/** The count of changes this process knows of, without asking the database. */
export function knownVersion(): number {
  return state.version;
}

/** The count of changes, after reading other processes' changes when a second has passed. */
export async function currentVersion(): Promise<number> {
  if (Date.now() - state.readAt >= syncInterval) {
    state.reading ??= readOtherProcesses().finally(() => (state.reading = undefined));
    // A busy database delays the read, not the page: it is waited for briefly, and not at all while failing.
    if (!state.failing) await Promise.race([state.reading, new Promise((resolve) => setTimeout(resolve, MAX_WAIT_MS))]);
  }
  return state.version;
}

async function readOtherProcesses() {
  try {
    if (state.lastId === undefined) {
      const [row] = await db.$queryRaw<{ id: bigint }[]>`SELECT coalesce(max(id), 0)::bigint AS id FROM "PageCacheInvalidation"`;
      state.lastId = row!.id;
    } else {
      const rows = await db.$queryRaw<{ id: bigint; origin: string }[]>`
        SELECT id, origin FROM "PageCacheInvalidation" WHERE id > ${state.lastId} ORDER BY id`;
      if (rows.some((row) => row.origin !== state.origin)) state.version += 1;
      if (rows.length) state.lastId = rows[rows.length - 1]!.id;
    }
    state.readAt = Date.now();
    report(false);
  } catch (error) {
    report(true, error);
  }
}
