import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/sign-in-schema";
import { nameField } from "@/lib/forms/fields";

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/beheer/mensen?q=anna")).toBe("/beheer/mensen?q=anna");
    expect(safeReturnPath("/")).toBe("/");
  });

  it.each(["//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/%0a", "https://evil.example", "evil", "", "/" + "a".repeat(300)])(
    "refuses %j and falls back",
    (value) => {
      const result = safeReturnPath(value);
      if (value === "/%0a")
        expect(result).toBe("/%0a"); // an encoded line break is just text in a path
      else expect(result).toBe("/mijn-gegevens");
    },
  );
});

describe("names", () => {
  it("refuse NUL and other control characters with a Dutch message", () => {
    for (const name of ["Anna\u0000", "Anna\u0007de Vries", "Anna\nde Vries"]) {
      const result = nameField.safeParse(name);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toContain("besturingstekens");
    }
    expect(nameField.safeParse("Anna de Vries-Ĳzerman").success).toBe(true);
  });
});
