import { describe, expect, it } from "vitest";
import { fillPersonalParts, findPartSlots, meetingsOf } from "@/lib/site/serving/fill-personal-parts";
import { personalParts, type Reader } from "@/lib/site/serving/personal-parts";

const until = "2027-03-12T12:00:00.000Z";
const attendanceData = { meeting: "m1", slug: "voorjaar", until, deadline: "ja" };
const visitorPage = [
  "<html><body><header>",
  `<div data-personal-part="account" class="contents">${personalParts.account.html(null, {}, new Date())}</div>`,
  "</header><main><h1>Voorjaar</h1>",
  `<div data-personal-part="attendance" data-meeting="m1" data-slug="voorjaar" data-until="${until}" data-deadline="ja" class="contents">`,
  `${personalParts.attendance.html(null, attendanceData, new Date())}</div>`,
  "</main></body></html>",
].join("");
const member = (answers: Reader["answers"] = new Map()): Reader => ({ role: "MEMBER", answers });
const before = new Date("2027-03-01T10:00:00Z");

describe("personal parts of a kept page", () => {
  it("finds each part with its data, and the meetings whose answers it shows", () => {
    const slots = findPartSlots(visitorPage)!;
    expect(slots.map((slot) => slot.name)).toEqual(["account", "attendance"]);
    expect(slots[1]!.data).toEqual(attendanceData);
    expect(meetingsOf(slots)).toEqual(["m1"]);
  });

  it("fills in the reader's header and answer, and leaves the rest of the page as it was", () => {
    const filled = fillPersonalParts(
      visitorPage,
      findPartSlots(visitorPage)!,
      member(new Map([["m1", { status: "ATTENDING", waitlistPosition: null }]])),
      before,
    );
    expect(filled).toContain("Mijn gegevens");
    expect(filled).not.toContain(">Inloggen<");
    expect(filled).not.toContain(">Beheer<");
    expect(filled).toContain("Je hebt laten weten dat je komt.");
    expect(filled).toContain('href="/agenda/voorjaar/antwoord"');
    expect(filled).toContain("Wijzig je antwoord");
    expect(filled.startsWith("<html><body><header>")).toBe(true);
    expect(filled).toContain("</main></body></html>");
  });

  it("shows the secretary the way to the admin area, a waiting reader their place, and the deadline once passed", () => {
    const slots = findPartSlots(visitorPage)!;
    const waiting = fillPersonalParts(
      visitorPage,
      slots,
      { role: "SECRETARY", answers: new Map([["m1", { status: "WAITLISTED", waitlistPosition: 3 }]]) },
      before,
    );
    expect(waiting).toContain('href="/beheer"');
    expect(waiting).toContain("Je bent nummer 3.");
    const late = fillPersonalParts(visitorPage, slots, member(), new Date("2027-03-13T10:00:00Z"));
    expect(late).toContain("Je hebt niet laten weten of je komt. Antwoorden kon tot");
    expect(late).not.toContain("Geef je antwoord");
  });

  it("refuses a page whose part is not what this code renders for a visitor, so Next.js renders it instead", () => {
    expect(findPartSlots(visitorPage.replace("Inloggen", "Aanmelden"))).toBeUndefined();
    expect(findPartSlots(visitorPage.replace('data-personal-part="account"', 'data-personal-part="unknown"'))).toBeUndefined();
  });
});
