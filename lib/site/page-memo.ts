import "server-only";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { isCachedPage, sessionTokenIn } from "./cached-pages";
import { lastInvalidationAt, readInvalidations } from "./page-cache-handler.mjs";

/**
 * A few seconds' memory of the cached public pages as the site's server sent them, in front of Next.js: a
 * visitor's plain request for one is answered from here without going through Next.js's request pipeline, which
 * costs more than the page itself. Only a page Next.js served from its cache (x-nextjs-cache: HIT) is remembered,
 * and only until the next invalidation (lib/site/page-cache-handler.mjs, read as Next.js reads it) or for
 * MEMO_MS, so it never shows more than Next.js's cache would.
 */
const MEMO_MS = 5_000;
const MAX_PAGES = 2_000;
type RememberedPage = { headers: OutgoingHttpHeaders; body: Buffer; requestedAt: number };
const pages = new Map<string, RememberedPage>();

// Requests Next.js must see: client navigation and prefetches, server actions, conditional requests.
const NEXT_ONLY_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", "if-none-match"];

/** The path of a visitor's plain GET or HEAD of a cached page, or undefined for anything else. */
export function memoKeyOf(request: IncomingMessage): string | undefined {
  const path = request.url ?? "";
  if ((request.method !== "GET" && request.method !== "HEAD") || path.includes("?") || !isCachedPage(path)) return undefined;
  if (NEXT_ONLY_HEADERS.some((header) => header in request.headers)) return undefined;
  return sessionTokenIn(request.headers.cookie) === undefined ? path : undefined;
}

/** Answers from memory when the page is there and still current; false when Next.js has to answer. */
export async function sendRememberedPage(key: string, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const page = pages.get(key);
  if (!page) return false;
  await readInvalidations();
  if (page.requestedAt <= lastInvalidationAt() || Date.now() - page.requestedAt > MEMO_MS) {
    pages.delete(key);
    return false;
  }
  response.writeHead(200, page.headers);
  response.end(request.method === "HEAD" ? undefined : page.body);
  return true;
}

/** Keeps a page Next.js just sent from its cache; `requestedAt` is when its request came in, before any invalidation it may have missed. */
export function rememberPage(key: string, response: ServerResponse, body: Buffer, requestedAt: number) {
  if (response.statusCode !== 200 || response.getHeader("x-nextjs-cache") !== "HIT" || !body.length) return;
  pages.delete(key);
  pages.set(key, { headers: response.getHeaders(), body, requestedAt });
  if (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value!);
}
