import { describe, expect, it } from "vitest";
import { mergePeopleSchema } from "@/lib/members/merge-people-schema";
import { type AnswerRow, compareAnswers, higherRole, type MergeColumns, mergedColumns, mergeRefusal } from "@/lib/members/merge-rules";

const person = (overrides: Partial<MergeColumns> = {}): MergeColumns => ({
  id: "keep",
  name: "Anna de Vries",
  email: "anna@tilburg.test",
  emailVerified: null,
  image: null,
  phone: null,
  jobTitle: null,
  organisationType: null,
  municipalityId: null,
  organisationName: null,
  role: "GUEST",
  admittedAt: null,
  ...overrides,
});

const answer = (userId: string, meetingId: string, overrides: Partial<AnswerRow> = {}): AnswerRow => ({
  userId,
  meetingId,
  status: "ATTENDING",
  days: null,
  dinner: false,
  overnight: false,
  title: `Bijeenkomst ${meetingId}`,
  startsAt: new Date("2030-03-12T12:00:00Z"),
  ...overrides,
});

describe("merge rules", () => {
  it("takes the higher role: secretary, kernclub, member, guest", () => {
    expect(higherRole("GUEST", "MEMBER")).toBe("MEMBER");
    expect(higherRole("KERNCLUB", "MEMBER")).toBe("KERNCLUB");
    expect(higherRole("KERNCLUB", "SECRETARY")).toBe("SECRETARY");
  });

  it("keeps the kept person's values, fills the empty ones, and takes an organisation only as a whole", () => {
    const keep = person({ jobTitle: "Beleidsadviseur", admittedAt: new Date("2026-01-01") });
    const other = person({
      id: "other",
      email: "anna@prive.test",
      emailVerified: new Date("2025-01-01"),
      phone: "06-12 34 56 78",
      jobTitle: "Adviseur",
      organisationType: "MINISTRY",
      organisationName: "Ministerie van VWS",
      admittedAt: new Date("2025-01-01"),
    });
    expect(mergedColumns(keep, other, [])).toEqual({
      phone: "06-12 34 56 78",
      organisationType: "MINISTRY",
      organisationName: "Ministerie van VWS",
      admittedAt: new Date("2025-01-01"),
    });
    // A municipal employee keeps her municipality; another type's name is not taken.
    expect(mergedColumns(person({ organisationType: "MUNICIPALITY", municipalityId: "tilburg", jobTitle: "Teamleider" }), other, [])).toEqual({
      phone: "06-12 34 56 78",
      admittedAt: other.admittedAt,
    });
    // Without an address of her own she takes the other's, confirmed or not, and an ADMIN_EMAILS address makes her secretary.
    expect(mergedColumns(person({ email: null }), person({ id: "other", email: "s@wmo.test", emailVerified: new Date("2025-01-01") }), ["s@wmo.test"])).toEqual(
      {
        email: "s@wmo.test",
        emailVerified: new Date("2025-01-01"),
        role: "SECRETARY",
      },
    );
  });

  it("sees the same answer in yes and a place on the waiting list, not in other days or dinner", () => {
    const rows = [
      answer("keep", "a"),
      answer("other", "a", { status: "WAITLISTED" }),
      answer("keep", "b", { status: "NOT_ATTENDING" }),
      answer("other", "b", { status: "NOT_ATTENDING" }),
      answer("keep", "c"),
      answer("other", "c", { dinner: true }),
      answer("keep", "d"),
      answer("other", "d", { status: "NOT_ATTENDING" }),
      answer("keep", "e"),
      answer("other", "e"),
      answer("other", "f"),
    ];
    const { same, different, bothAttending } = compareAnswers("keep", rows);
    expect(same.map((row) => row.meetingId)).toEqual(["a", "b", "e"]);
    expect(different.map((row) => row.meetingId)).toEqual(["c", "d"]);
    expect(bothAttending).toEqual(["e"]);
  });

  it("names every meeting answered differently, in date order", () => {
    const refusal = mergeRefusal({
      keep: person(),
      other: person({ id: "other", email: "anna@prive.test" }),
      actorId: "secretary",
      adminEmails: [],
      different: [
        answer("other", "b", { title: "Netwerkcafé", startsAt: new Date("2030-06-04T12:00:00Z") }),
        answer("other", "a", { title: "Netwerkbijeenkomst Emmen", startsAt: new Date("2030-03-12T12:00:00Z") }),
      ],
    });
    expect(refusal).toContain("de bijeenkomsten “Netwerkbijeenkomst Emmen” van dinsdag 12 maart 2030 en “Netwerkcafé” van dinsdag 4 juni 2030.");
  });

  it("refuses when both addresses are in ADMIN_EMAILS", () => {
    const refusal = mergeRefusal({
      keep: person({ email: "a@wmo.test" }),
      other: person({ id: "other", email: "b@wmo.test" }),
      actorId: null,
      adminEmails: ["a@wmo.test", "b@wmo.test"],
      different: [],
    });
    expect(refusal).toMatch(/^Beide e-mailadressen staan in ADMIN_EMAILS/);
  });

  it("the form asks for the tick and for another person than this one", () => {
    const result = mergePeopleSchema.safeParse({ keepId: "a", mergeId: "a", confirmMerge: "ja" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["mergeId"]);
    expect(mergePeopleSchema.safeParse({ keepId: "a", mergeId: "b" }).error?.issues[0].message).toMatch(/vinkje/);
  });
});
