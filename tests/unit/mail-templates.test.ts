import { describe, expect, it } from "vitest";
import type { OutgoingMail } from "@/lib/mail/outbox";
import { isTemplateName, mailTemplates, templateOf } from "@/lib/mail/templates";

describe("mail templates", () => {
  it("check the data of a message against its template where it is queued", () => {
    const welcome: OutgoingMail = { to: "anna@tilburg.test", template: "welcome", data: { name: "Anna de Vries" } };
    // @ts-expect-error: the welcome mail needs the person's name
    const withoutName: OutgoingMail = { to: "anna@tilburg.test", template: "welcome", data: { callbackPath: "/mijn-gegevens" } };
    // @ts-expect-error: there is no template of that name
    const unknown: OutgoingMail = { to: "anna@tilburg.test", template: "welkom", data: { name: "Anna de Vries" } };
    expect([welcome, withoutName, unknown].map((mail) => isTemplateName(mail.template))).toEqual([true, true, false]);
  });

  it("work out the subject from the data alone, as it is stored and sent", () => {
    expect(templateOf("meeting-invitation").subject({ meetingId: "m", userId: "p", meetingTitle: "Voorjaarsbijeenkomst" })).toBe(
      "Uitnodiging: Voorjaarsbijeenkomst",
    );
    expect(templateOf("invoice").subject({ kind: "reminder", invoiceId: "f", number: "2027-0001" })).toBe(
      "Herinnering: factuur 2027-0001 Wmo transformatienetwerk",
    );
    expect(Object.keys(mailTemplates)).toContain("sign-in-link");
    expect(isTemplateName("toString")).toBe(false);
  });
});
