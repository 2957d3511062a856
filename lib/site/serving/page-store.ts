import "server-only";
import type { OutgoingHttpHeaders } from "node:http";
import { findPartSlots, type PartSlot } from "./fill-personal-parts";
import { knownChangedAt, publicPagesChangedAt } from "./public-pages-changed";

/**
 * The cached public pages (cached-pages.ts) as Next.js rendered them for a visitor, kept in this process until
 * the data behind them changes (public-pages-changed.ts) or for MAX_AGE_MS, which also moves a meeting that has
 * just ended from "upcoming" to "past". Signed-in readers get the same page with their personal parts filled in.
 */
export type KeptPage = {
  headers: OutgoingHttpHeaders;
  html: string;
  body: Buffer;
  /** Undefined when the page's personal parts can't be filled in here. */
  slots: PartSlot[] | undefined;
  renderedAt: number;
};

const MAX_AGE_MS = 60_000;
const MAX_PAGES = 2_000;
// Per connection or per response: never part of what is kept.
const UNKEPT_HEADERS = new Set(["set-cookie", "date", "connection", "keep-alive", "transfer-encoding", "content-length"]);
const pages = new Map<string, KeptPage>();

/** The kept page for `path` when it is still current. */
export async function keptPage(path: string): Promise<KeptPage | undefined> {
  const page = pages.get(path);
  if (!page) return undefined;
  if (page.renderedAt <= (await publicPagesChangedAt()) || Date.now() - page.renderedAt > MAX_AGE_MS) {
    pages.delete(path);
    return undefined;
  }
  return page;
}

/**
 * Keeps a page Next.js just rendered for a visitor; `renderedAt` is when its request came in: a change since
 * then may not be in it, and it is not kept.
 */
export function keepPage(path: string, status: number, headers: OutgoingHttpHeaders, body: Buffer, renderedAt: number) {
  if (status !== 200 || !body.length || renderedAt <= knownChangedAt()) return;
  const html = body.toString("utf8");
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !UNKEPT_HEADERS.has(name)));
  pages.delete(path);
  pages.set(path, { headers: kept, html, body, slots: findPartSlots(html), renderedAt });
  // Oldest first: a crawler asking for endless unknown addresses cannot fill the memory.
  if (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value!);
}
