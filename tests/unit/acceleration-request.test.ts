import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { accelerationConditions } from "@/lib/acceleration/conditions";
import { accelerationRequestSchema } from "@/lib/acceleration/request-schema";
import { fieldNamesOf } from "@/lib/forms/field-names";
import { accelerationRequestRetentionDays, describeRetention } from "@/lib/acceleration/retention";
import { nextSteps, stepRefusal } from "@/lib/acceleration/status-steps";

const accelerationRequestFields = fieldNamesOf(accelerationRequestSchema);

const valid = {
  submissionId: "6f1f0c0e-6c1a-4d0e-9a4c-1f2e3d4c5b6a",
  municipalityName: " Tilburg ",
  contactName: "Anna de Vries",
  contactRole: "Programmamanager",
  email: "Anna@Tilburg.nl",
  phone: "",
  question: "Wij willen de transformatie van de Wmo versnellen.",
  client: "Directeur sociaal domein",
  ...Object.fromEntries(
    [1, 2, 3, 4, 5, 6].flatMap((number) => [
      [`condition${number}`, number % 2 ? "ja" : "nee"],
      [`condition${number}Explanation`, `Omdat ${number}.`],
    ]),
  ),
};

describe("the request form's schema", () => {
  it("turns the six answers into the stored conditions, in order, and drops unknown fields", () => {
    const parsed = accelerationRequestSchema.parse({ ...valid, status: "ACCEPTED", confirmedAt: "2026-01-01" });
    expect(parsed).toEqual({
      submissionId: valid.submissionId,
      municipalityName: "Tilburg",
      contactName: "Anna de Vries",
      contactRole: "Programmamanager",
      email: "anna@tilburg.nl",
      phone: null,
      question: valid.question,
      client: "Directeur sociaal domein",
      conditions: [1, 2, 3, 4, 5, 6].map((number) => ({ met: number % 2 === 1, explanation: `Omdat ${number}.` })),
    });
  });

  it("asks about each of the six conditions of the source text", () => {
    expect(accelerationConditions).toHaveLength(6);
    expect(accelerationRequestFields.filter((field) => /^condition\d$/.test(field))).toHaveLength(accelerationConditions.length);
  });

  it("never throws on hostile input, and every rejection names a field of the form", () => {
    const value = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.constantFrom("", "\u0000", "<b>x</b>", "x".repeat(5000)),
      fc.integer(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...accelerationRequestFields, "__proto__", "conditions"), value), fc.boolean(), (input, startFromValid) => {
        const result = accelerationRequestSchema.safeParse(startFromValid ? { ...valid, ...input } : input);
        if (!result.success) for (const issue of result.error.issues) expect(accelerationRequestFields).toContain(issue.path[0]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the steps of a request", () => {
  it("go forward only: intake or decline from new, accept or decline after the intake, nothing after a decision", () => {
    expect(nextSteps("NEW")).toEqual(["intake", "decline"]);
    expect(nextSteps("INTAKE_PLANNED")).toEqual(["accept", "decline"]);
    expect(nextSteps("ACCEPTED")).toEqual([]);
    expect(nextSteps("DECLINED")).toEqual([]);
    expect(stepRefusal("accept", "NEW")).toBe("Accepteren kan niet: er is nog geen intakegesprek gepland.");
  });
});

describe("the retention period", () => {
  afterEach(() => {
    delete process.env.ACCELERATION_REQUEST_RETENTION_DAYS;
  });

  it("is two years unless ACCELERATION_REQUEST_RETENTION_DAYS gives whole days", () => {
    expect(accelerationRequestRetentionDays()).toBe(730);
    for (const [setting, days] of [
      ["90", 90],
      ["0", 0],
      ["", 730],
      ["  ", 730],
      ["abc", 730],
      ["-1", 730],
      ["1.5", 730],
    ] as const) {
      process.env.ACCELERATION_REQUEST_RETENTION_DAYS = setting;
      expect(accelerationRequestRetentionDays(), JSON.stringify(setting)).toBe(days);
    }
  });

  it("is written in years when it is whole years", () => {
    expect(describeRetention(730)).toBe("2 jaar");
    expect(describeRetention(365)).toBe("1 jaar");
    expect(describeRetention(90)).toBe("90 dagen");
    expect(describeRetention(1)).toBe("1 dag");
  });
});
