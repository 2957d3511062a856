import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldNamesOf } from "@/lib/forms/field-names";
import { signUpSchema } from "@/lib/members/sign-up-schema";

const signUpFields = fieldNamesOf(signUpSchema);

const valid = {
  submissionId: "6f1f0c0e-6c1a-4d0e-9a4c-1f2e3d4c5b6a",
  name: "Anna de Vries",
  email: "Anna@Tilburg.nl ",
  phone: "06-12 34 56 78",
  jobTitle: "Beleidsadviseur",
  organisationType: "MUNICIPALITY",
  municipalityId: "abc123",
  participation: "THIS_YEAR",
};

const hostileString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.constantFrom(
    "",
    " ",
    "<script>alert(1)</script>",
    '\'; DROP TABLE "User"; --',
    "a".repeat(5000),
    "\u0000",
    "naam@@gemeente.nl",
    "ｎａａｍ＠ｇｅｍｅｅｎｔｅ.nl",
  ),
);
const anyValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

describe("sign-up schema", () => {
  it("accepts a complete sign-up, normalising the e-mail address", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe("anna@tilburg.nl");
    expect(parsed.phone).toBe("06-12 34 56 78");
  });

  it("drops fields it does not know, such as a role", () => {
    expect(signUpSchema.parse({ ...valid, role: "SECRETARY", isAdmin: true })).not.toHaveProperty("role");
  });

  it("never throws on random and hostile input, and every rejection names a field of the form", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...signUpFields, "role", "__proto__", "extra"), anyValue), fc.boolean(), (input, startFromValid) => {
        const result = signUpSchema.safeParse(startFromValid ? { ...valid, ...input } : input);
        if (!result.success) {
          for (const issue of result.error.issues) {
            expect(signUpFields).toContain(issue.path[0]);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("rejects over-long and malformed values with Dutch messages at the field", () => {
    const result = signUpSchema.safeParse({ ...valid, name: "x".repeat(101), email: "geen-adres", phone: "123" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({
      name: "Je naam is hoogstens 100 tekens.",
      email: "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.",
      phone: "Vul een geldig telefoonnummer in, bijvoorbeeld 06-12 34 56 78.",
    });
  });

  it("asks for what the chosen options need", () => {
    const result = signUpSchema.safeParse({ ...valid, organisationType: "MINISTRY", participation: "ONE_MEETING", municipalityId: "" });
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["meetingId", "organisationName"]);
  });
});

describe("a typed-in municipality", () => {
  it("must have a name in letters, so it can never become a municipality without an address-name", () => {
    for (const newMunicipality of ["!!", "--", "  ", "\u0001\u0002"]) {
      const result = signUpSchema.safeParse({ ...valid, municipalityId: "nieuw", newMunicipality });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path[0])).toContain("newMunicipality");
    }
    expect(signUpSchema.safeParse({ ...valid, municipalityId: "nieuw", newMunicipality: "Súdwest-Fryslân" }).success).toBe(true);
  });
});
