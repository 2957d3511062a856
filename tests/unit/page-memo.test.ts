import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { memoKeyOf } from "@/lib/site/page-memo";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, method, headers }) as unknown as IncomingMessage;

describe("which requests the site's server may answer from its memory of cached pages", () => {
  it("a visitor's plain GET or HEAD of a cached public page", () => {
    expect(memoKeyOf(request("/agenda"))).toBe("/agenda");
    expect(memoKeyOf(request("/", { cookie: "wmo-other=1" }, "HEAD"))).toBe("/");
    expect(memoKeyOf(request("/nieuws/vruchtbare-smeltkroes"))).toBe("/nieuws/vruchtbare-smeltkroes");
  });

  it("nothing personal, nothing Next.js must answer itself, no other page", () => {
    expect(memoKeyOf(request("/agenda", { cookie: "a=1; authjs.session-token=abc" }))).toBeUndefined();
    expect(memoKeyOf(request("/agenda", { cookie: "__Secure-authjs.session-token=abc" }))).toBeUndefined();
    expect(memoKeyOf(request("/agenda", {}, "POST"))).toBeUndefined();
    expect(memoKeyOf(request("/agenda?_rsc=abc"))).toBeUndefined();
    expect(memoKeyOf(request("/agenda", { rsc: "1" }))).toBeUndefined();
    expect(memoKeyOf(request("/agenda", { "next-action": "x" }))).toBeUndefined();
    expect(memoKeyOf(request("/agenda", { "if-none-match": '"abc"' }))).toBeUndefined();
    expect(memoKeyOf(request("/mijn-gegevens"))).toBeUndefined();
    expect(memoKeyOf(request("/agenda/x/kalender.ics"))).toBeUndefined();
  });
});
