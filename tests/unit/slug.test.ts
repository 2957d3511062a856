import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/format/slug";

describe("slugify", () => {
  it("makes readable, URL-safe slugs from Dutch titles", () => {
    expect(slugify("24-uursbijeenkomst in Assen")).toBe("24-uursbijeenkomst-in-assen");
    expect(slugify("Terugblik Netwerkcafé sociaal domein")).toBe("terugblik-netwerkcafe-sociaal-domein");
    expect(slugify("Wonen & zorg: ’s-Hertogenbosch!")).toBe("wonen-en-zorg-s-hertogenbosch");
    expect(slugify("  --Geïnteresseerde ambtenaren--  ")).toBe("geinteresseerde-ambtenaren");
  });
});
