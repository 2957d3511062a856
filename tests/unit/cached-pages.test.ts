import { existsSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sitePages } from "@/lib/seed/site-pages";
import { sitePagePath } from "@/lib/site-pages/paths";
import { CACHED_PAGES, cachedPageOf, isCachedPage } from "@/lib/site/serving/cached-pages";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, method, headers }) as unknown as IncomingMessage;

describe("the list of cached pages", () => {
  it("names pages that exist under app/(site)", () => {
    for (const page of CACHED_PAGES) {
      expect(existsSync(path.resolve(import.meta.dirname, "../../app/(site)", `.${page}`, "page.tsx")), page).toBe(true);
    }
  });

  it("holds every page whose text the secretary edits, so a save renews it like any other secretary action", () => {
    expect(sitePages.map((page) => sitePagePath(page.key)).filter((address) => !isCachedPage(address))).toEqual([]);
    expect(sitePagePath("home")).toBe("/");
  });
});

describe("which requests the site's server answers from the pages it keeps", () => {
  it("a plain GET or HEAD of a cached public page, by a visitor or a signed-in reader", () => {
    expect(cachedPageOf(request("/agenda"))).toBe("/agenda");
    expect(cachedPageOf(request("/", { cookie: "wmo-other=1" }, "HEAD"))).toBe("/");
    expect(cachedPageOf(request("/nieuws/vruchtbare-smeltkroes"))).toBe("/nieuws/vruchtbare-smeltkroes");
    expect(cachedPageOf(request("/agenda", { cookie: "a=1; authjs.session-token=abc" }))).toBe("/agenda");
  });

  it("nothing Next.js must answer itself, no other page", () => {
    expect(cachedPageOf(request("/agenda", {}, "POST"))).toBeUndefined();
    expect(cachedPageOf(request("/agenda?_rsc=abc"))).toBeUndefined();
    expect(cachedPageOf(request("/agenda", { rsc: "1" }))).toBeUndefined();
    expect(cachedPageOf(request("/agenda", { "next-action": "x" }))).toBeUndefined();
    expect(cachedPageOf(request("/agenda", { "if-none-match": '"abc"' }))).toBeUndefined();
    expect(cachedPageOf(request("/mijn-gegevens"))).toBeUndefined();
    expect(cachedPageOf(request("/agenda/x/kalender.ics"))).toBeUndefined();
    expect(cachedPageOf(request("/agenda/x/antwoord"))).toBeUndefined();
  });
});
