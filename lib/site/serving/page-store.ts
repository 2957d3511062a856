import "server-only";
import type { OutgoingHttpHeaders } from "node:http";
import { findPartSlots, type PartSlot } from "./fill-personal-parts";
import { currentVersion, knownVersion } from "./public-pages-changed";

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
  /** The count of changes (public-pages-changed.ts) when its render began, and the time. */
  version: number;
  renderedAt: number;
};

const MAX_AGE_MS = 60_000;
const MAX_PAGES = 2_000;
// Per connection or per response: never part of what is kept.
const UNKEPT_HEADERS = new Set(["set-cookie", "date", "connection", "keep-alive", "transfer-encoding", "content-length"]);
const pages = new Map<string, KeptPage>();

/** The kept page for `path` when it is still current. */
export async function keptPage(path: string): Promise<KeptPage | undefined> {
  // Read first, even with nothing kept: a change read only after the page that follows is rendered would discard it.
  const version = await currentVersion();
  const page = pages.get(path);
  if (!page) return undefined;
  if (page.version !== version || Date.now() - page.renderedAt > MAX_AGE_MS) {
    pages.delete(path);
    return undefined;
  }
  return page;
}

/** What a render that begins now needs to be kept: a change during the render may not be in it. */
export function renderStart() {
  return { version: knownVersion(), renderedAt: Date.now() };
}

/** Keeps a page Next.js just rendered for a visitor, unless the data changed since its render began. */
export function keepPage(path: string, status: number, headers: OutgoingHttpHeaders, body: Buffer, start: ReturnType<typeof renderStart>) {
  if (status !== 200 || !body.length || start.version !== knownVersion()) return;
  const html = body.toString("utf8");
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !UNKEPT_HEADERS.has(name)));
  pages.delete(path);
  pages.set(path, { headers: kept, html, body, slots: findPartSlots(html), ...start });
  // Oldest first: a crawler asking for endless unknown addresses cannot fill the memory.
  if (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value!);
}
