// @ts-check
// Next.js's cache for the public pages (next.config.ts → cacheHandler), shared by every server process on one
// database. Each process keeps its rendered pages in memory; an invalidation (revalidatePath, revalidateTag)
// applies at once in the process that made it and is written to PostgreSQL ("PageCacheInvalidation"), which
// every process reads at most PAGE_CACHE_SYNC_MS (default 1000) milliseconds before answering from its cache.
// Pages prerendered by `next build` are never served: a process starts with an empty cache.
// Plain JavaScript: Next.js loads this file itself, without the project's TypeScript setup.
import { randomUUID } from "node:crypto";
import pg from "pg";

const TAGS_HEADER = "x-next-cache-tags";
const MAX_ENTRIES = 2_000;
const building = process.env.NEXT_PHASE === "phase-production-build";
const syncInterval = Number(process.env.PAGE_CACHE_SYNC_MS ?? 1_000);
const origin = randomUUID();

/** @typedef {{ value: any; lastModified: number; cacheControl?: unknown }} Entry */
/** Module-level: Next.js may make more than one handler instance in a process. @type {Map<string, Entry>} */
const entries = new Map();
/** When each tag was last invalidated, in this process's clock. @type {Map<string, number>} */
const expiredTags = new Map();
const sync = { pool: /** @type {pg.Pool | undefined} */ (undefined), lastId: /** @type {string | undefined} */ (undefined), at: 0, failing: false };
/** When anything was last invalidated, here or (as read) elsewhere; the site's server asks (lib/site/page-memo.ts). */
let lastInvalidation = 0;
/** @type {Promise<void> | undefined} */
let syncing;

function database() {
  if (building || !process.env.DATABASE_URL) return undefined;
  if (!sync.pool) {
    sync.pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1, connectionTimeoutMillis: 5_000, query_timeout: 5_000 });
    // An idle connection the database drops would otherwise be an uncaught error that ends the process.
    sync.pool.on("error", (error) => reportSync(true, error));
  }
  return sync.pool;
}

/** @param {boolean} failing @param {unknown} [error] */
function reportSync(failing, error) {
  if (failing && !sync.failing) console.error("[paginacache] ongeldigmakingen niet te lezen of te schrijven:", error);
  sync.failing = failing;
}

export function lastInvalidationAt() {
  return lastInvalidation;
}

/** Reads the invalidations other processes wrote since the last read. */
export async function readInvalidations() {
  const pool = database();
  if (!pool || Date.now() - sync.at < syncInterval) return;
  syncing ??= (async () => {
    try {
      if (sync.lastId === undefined) {
        const { rows } = await pool.query('SELECT coalesce(max(id), 0)::text AS id FROM "PageCacheInvalidation"');
        sync.lastId = rows[0].id;
      } else {
        const { rows } = await pool.query('SELECT id::text, tag, origin FROM "PageCacheInvalidation" WHERE id > $1 ORDER BY id', [sync.lastId]);
        const now = Date.now();
        for (const row of rows) if (row.origin !== origin) expiredTags.set(row.tag, (lastInvalidation = now));
        if (rows.length) sync.lastId = rows[rows.length - 1].id;
      }
      sync.at = Date.now();
      reportSync(false);
    } catch (error) {
      reportSync(true, error);
    } finally {
      syncing = undefined;
    }
  })();
  // While the database does not answer, cached pages are served without waiting for it.
  if (!sync.failing) await syncing;
}

/** @param {Entry} entry @param {{ tags?: string[]; softTags?: string[] } | undefined} ctx */
function isExpired(entry, ctx) {
  const header = entry.value?.headers?.[TAGS_HEADER];
  const tags = [...(typeof header === "string" ? header.split(",") : []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  return tags.some((tag) => (expiredTags.get(tag) ?? 0) >= entry.lastModified);
}

export default class PageCacheHandler {
  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    await readInvalidations();
    const entry = entries.get(key);
    if (!entry) return null;
    if (isExpired(entry, ctx)) {
      entries.delete(key);
      return null;
    }
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    entries.delete(key);
    if (data === null) return;
    entries.set(key, { value: data, lastModified: Date.now(), cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl });
    // Oldest first: a crawler asking for endless unknown addresses cannot fill the memory.
    if (entries.size > MAX_ENTRIES) entries.delete(/** @type {string} */ (entries.keys().next().value));
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (!list.length) return;
    const now = Date.now();
    lastInvalidation = now;
    for (const tag of list) expiredTags.set(tag, now);
    const pool = database();
    if (!pool) return;
    try {
      await pool.query('INSERT INTO "PageCacheInvalidation" (tag, origin) SELECT unnest($1::text[]), $2', [list, origin]);
      reportSync(false);
    } catch (error) {
      reportSync(true, error);
    }
  }

  resetRequestCache() {}
}
