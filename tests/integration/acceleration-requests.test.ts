import { randomBytes } from "node:crypto";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { describe, expect, inject, it, vi } from "vitest";
import { deleteAccount } from "@/lib/account/delete-account";
import { exportPersonalData } from "@/lib/account/export-personal-data";
import { confirmAccelerationRequestAction, requestAccelerationAction } from "@/lib/acceleration/actions";
import { confirmAccelerationRequest, UNKNOWN_LINK } from "@/lib/acceleration/confirm-request";
import { hashLinkToken } from "@/lib/auth/link-token";
import { moveAccelerationRequest } from "@/lib/acceleration/move-request";
import { CONFIRM_REQUEST_SUBJECT } from "@/lib/acceleration/request-mail";
import { accelerationRequestSchema } from "@/lib/acceleration/request-schema";
import { submitAccelerationRequest } from "@/lib/acceleration/submit-request";
import { db } from "@/lib/db/client";
import type { AccelerationRequestStatus } from "@/lib/db/generated/enums";
import { type FormState, idleState } from "@/lib/forms/form-state";
import { deliverPendingMail } from "@/lib/mail/deliver-mail";

import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";
import { accelerationRequestForm, formDataOf } from "./fixtures";
import { fingerprint } from "./support/fingerprint";
import { withTestSmtp } from "./support/test-smtp";

// The actions run outside a request here: the client is what the site's server would have said (scripts/site-server.ts).
vi.mock("next/headers", async (original) => ({
  ...(await original<typeof import("next/headers")>()),
  headers: async () => new Headers({ "x-wmo-client-address": "198.51.100.7" }),
}));

const url = inject("databaseUrl");
const now = new Date("2026-11-23T10:00:00Z");
const daysLater = (days: number) => new Date(now.getTime() + days * 24 * 3600_000);
const actor = { id: null, label: "secretaris@wmo.test" };
const smtp = withTestSmtp();

async function submitted(overrides: Record<string, string> = {}, at = now) {
  const form = accelerationRequestForm(overrides);
  const result = await submitAccelerationRequest(db, accelerationRequestSchema.parse(form), { client: "127.0.0.1", now: at });
  if (result.outcome !== "submitted") throw new Error(JSON.stringify(result));
  return { id: result.requestId, email: form.email };
}

/** Sends what is queued through the test SMTP server and reads the confirmation link from the message as received. */
async function mailedLink(email: string) {
  await deliverPendingMail(db);
  const mail = smtp.received.findLast(
    (message) => message.subject === CONFIRM_REQUEST_SUBJECT && message.to && "value" in message.to && message.to.value[0]?.address === email,
  );
  const link = mail?.text?.match(/https:\/\/wmo\.test\/versnellingstraject\/bevestigen\?token=([A-Za-z0-9_-]{43})/);
  if (!link) throw new Error(`Geen bevestigingslink aan ${email}: ${mail?.text}`);
  return { url: link[0], token: link[1]! };
}

async function confirmed(overrides: Record<string, string> = {}) {
  const request = await submitted(overrides);
  expect(await confirmAccelerationRequest(db, (await mailedLink(request.email)).token, now)).toMatchObject({ outcome: "confirmed" });
  return request;
}

async function callAction(action: typeof requestAccelerationAction, values: Record<string, string>): Promise<FormState | "redirected"> {
  try {
    return await action(idleState, formDataOf(values));
  } catch (error) {
    if (isRedirectError(error)) return "redirected";
    throw error;
  }
}

const statusOf = async (id: string) => db.accelerationRequest.findUniqueOrThrow({ where: { id }, select: { status: true, statusNote: true, closedAt: true } });

describe("requests for the versnellingstraject", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });

  it("records a request unconfirmed, owned by the account with the same address, and mails a link whose token is stored only as its hash", async () => {
    const account = await buildPerson(db, { name: "Anna de Vries", email: "anna@tilburg.test" });
    const request = await submitted({ email: "Anna@Tilburg.test " });
    const row = await db.accelerationRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({
      userId: account.id,
      email: "anna@tilburg.test",
      status: "NEW",
      confirmedAt: null,
      confirmationTokenHash: null,
      municipalityName: "Tilburg",
    });
    expect(row.conditions).toEqual([1, 2, 3, 4, 5, 6].map((number) => ({ met: number !== 5, explanation: `Toelichting bij voorwaarde ${number}.` })));
    expect(await db.outboxMail.findMany({ select: { to: true, template: true, html: true, text: true } })).toEqual([
      { to: "anna@tilburg.test", template: "confirm-acceleration-request", html: null, text: null },
    ]);

    const { url: link, token } = await mailedLink("anna@tilburg.test");
    expect(link).toBe(`https://wmo.test/versnellingstraject/bevestigen?token=${token}`);
    expect((await db.accelerationRequest.findUniqueOrThrow({ where: { id: request.id } })).confirmationTokenHash).toBe(hashLinkToken(token));
    // Neither the queue nor any other table holds the link once it is sent.
    expect(JSON.stringify(await db.outboxMail.findMany())).not.toContain(token);
    expect(JSON.stringify(await db.accelerationRequest.findMany())).not.toContain(token);
  });

  it("a request without an account belongs to nobody's account", async () => {
    const request = await submitted();
    expect((await db.accelerationRequest.findUniqueOrThrow({ where: { id: request.id } })).userId).toBeNull();
  });

  it("refuses invalid input with Dutch messages at the fields, stores nothing and counts nothing against the address", async () => {
    const before = await fingerprint(url);
    const state = await callAction(
      requestAccelerationAction,
      accelerationRequestForm({
        email: "geen-adres",
        municipalityName: "!!",
        question: "Kort",
        condition3: "",
        condition5: "misschien",
        condition6Explanation: "",
      }),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: {
        email: "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.",
        municipalityName: "Vul de naam van je gemeente in, in letters.",
        question: "Beschrijf de vraag of transformatieopgave van je gemeente in een paar zinnen.",
        condition3: "Kies bij voorwaarde 3 ja of nee.",
        condition5: "Kies bij voorwaarde 5 ja of nee.",
        condition6Explanation: "Licht voorwaarde 6 kort toe.",
      },
    });
    expect(await fingerprint(url)).toBe(before);
    expect(await db.rateLimitWindow.count()).toBe(0);
  });

  it("sends a valid form on to the page that asks to check the mail", async () => {
    expect(await callAction(requestAccelerationAction, accelerationRequestForm())).toBe("redirected");
    expect(await db.accelerationRequest.count()).toBe(1);
  });

  it("records a form sent twice, also at the same moment, once and mails it once", async () => {
    const form = accelerationRequestForm();
    const input = accelerationRequestSchema.parse(form);
    const results = await Promise.all([0, 1, 2].map(() => submitAccelerationRequest(db, input, { client: "127.0.0.1", now })));
    const again = await submitAccelerationRequest(db, input, { client: "127.0.0.1", now });
    expect(new Set([...results, again].map((result) => (result.outcome === "submitted" ? result.requestId : result.outcome))).size).toBe(1);
    expect(await db.accelerationRequest.count()).toBe(1);
    expect(await db.outboxMail.count({ where: { to: form.email } })).toBe(1);
  });

  it("records the same form from two addresses twice: the cached page gives its visitors the same form id", async () => {
    const form = accelerationRequestForm();
    const first = await submitAccelerationRequest(db, accelerationRequestSchema.parse(form), { client: "127.0.0.1", now });
    const second = await submitAccelerationRequest(db, accelerationRequestSchema.parse({ ...form, email: "collega@tilburg.test" }), {
      client: "127.0.0.1",
      now,
    });
    expect(first).toMatchObject({ outcome: "submitted" });
    expect(second).toMatchObject({ outcome: "submitted" });
    expect(second).not.toEqual(first);
    expect(await db.accelerationRequest.count()).toBe(2);
    expect(await db.outboxMail.count({ where: { to: { in: [form.email, "collega@tilburg.test"] } } })).toBe(2);
  });

  it("limits requests per address like sign-ups, and sends nothing for a refused one", async () => {
    const email = "veel-aanvragen@tilburg.test";
    for (let attempt = 0; attempt < 3; attempt += 1) await submitted({ email });
    const refused = await submitAccelerationRequest(db, accelerationRequestSchema.parse(accelerationRequestForm({ email })), { client: "127.0.0.1", now });
    expect(refused).toMatchObject({ outcome: "rate-limited" });
    expect(await db.accelerationRequest.count()).toBe(3);
    expect(await db.outboxMail.count({ where: { to: email } })).toBe(3);
  });

  it("sends a confirmed request in full to Movisie, which runs the intake, and tells the secretaries where it went", async () => {
    vi.stubEnv("MOVISIE_EMAIL", "versnelling@movisie.test");
    try {
      const request = await confirmed({ email: "movisie-route@tilburg.test" });
      await deliverPendingMail(db);
      const toMovisie = smtp.received.filter((message) => message.to && "value" in message.to && message.to.value[0]?.address === "versnelling@movisie.test");
      expect(toMovisie.map((message) => message.subject)).toEqual(["Aanvraag versnellingstraject: gemeente Tilburg"]);
      const { question, client } = await db.accelerationRequest.findUniqueOrThrow({ where: { id: request.id }, select: { question: true, client: true } });
      expect(toMovisie[0]!.text).toContain(question);
      expect(toMovisie[0]!.text).toContain(`Opdrachtgever: ${client}.`);
      expect(toMovisie[0]!.text).toContain("movisie-route@tilburg.test");
      expect(toMovisie[0]!.text).toContain("Voorwaarde 6: Er is bestuurlijk en ambtelijk draagvlak");
      const notice = smtp.received.findLast((message) => message.subject === "Nieuwe aanvraag versnellingstraject: gemeente Tilburg");
      expect(notice?.text).toContain("De aanvraag is doorgestuurd naar Movisie (versnelling@movisie.test), dat het intakegesprek voert.");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("confirms with the mailed link once and tells the secretaries; a used, wrong or expired link changes nothing", async () => {
    const request = await submitted();
    const { token } = await mailedLink(request.email);
    expect(await confirmAccelerationRequest(db, token, now)).toEqual({ outcome: "confirmed", municipalityName: "Tilburg" });
    expect(await db.accelerationRequest.findUniqueOrThrow({ where: { id: request.id }, select: { confirmedAt: true, confirmationTokenHash: true } })).toEqual({
      confirmedAt: now,
      confirmationTokenHash: null,
    });
    expect(await db.outboxMail.findMany({ where: { to: "secretaris@wmo.test" }, select: { subject: true } })).toEqual([
      { subject: "Nieuwe aanvraag versnellingstraject: gemeente Tilburg" },
    ]);
    // Without MOVISIE_EMAIL nothing goes to Movisie, and the secretary's notice asks to pass the request on.
    expect(await db.outboxMail.count({ where: { template: "acceleration-request-for-movisie" } })).toBe(0);
    await deliverPendingMail(db);
    expect(smtp.received.findLast((message) => message.subject === "Nieuwe aanvraag versnellingstraject: gemeente Tilburg")?.text).toContain(
      "stuur de aanvraag zelf door naar Movisie",
    );

    const afterConfirming = await fingerprint(url);
    expect(await confirmAccelerationRequest(db, token, now)).toEqual({ outcome: "unknown-link" });
    expect(await confirmAccelerationRequest(db, randomBytes(32).toString("base64url"), now)).toEqual({ outcome: "unknown-link" });
    expect(await callAction(confirmAccelerationRequestAction, { token })).toEqual({
      status: "error",
      message: UNKNOWN_LINK,
      fieldErrors: { token: UNKNOWN_LINK },
    });
    expect(await callAction(confirmAccelerationRequestAction, { token: "kapot" })).toMatchObject({
      status: "error",
      fieldErrors: { token: expect.stringContaining("niet compleet") },
    });
    expect(await fingerprint(url)).toBe(afterConfirming);

    const late = await submitted({ municipalityName: "Breda" });
    const lateLink = await mailedLink(late.email);
    const beforeExpired = await fingerprint(url);
    expect(await confirmAccelerationRequest(db, lateLink.token, daysLater(31))).toEqual({ outcome: "unknown-link" });
    expect(await fingerprint(url)).toBe(beforeExpired);
    expect(await confirmAccelerationRequest(db, lateLink.token, daysLater(29))).toMatchObject({ outcome: "confirmed" });
  });

  it("confirms through the button's action and goes on to the confirmation page", async () => {
    const request = await submitted();
    const { token } = await mailedLink(request.email);
    expect(await callAction(confirmAccelerationRequestAction, { token })).toBe("redirected");
    expect((await db.accelerationRequest.findUniqueOrThrow({ where: { id: request.id } })).confirmedAt).not.toBeNull();
  });

  it("moves a request new → intake planned → accepted, mailing the requester the note and logging each step", async () => {
    const request = await confirmed();
    expect(await moveAccelerationRequest(db, actor, { id: request.id, step: "intake", note: "Het intakegesprek is op 3 maart om 10.00 uur." }, now)).toEqual({
      outcome: "moved",
    });
    expect(await statusOf(request.id)).toEqual({ status: "INTAKE_PLANNED", statusNote: "Het intakegesprek is op 3 maart om 10.00 uur.", closedAt: null });
    expect(
      await moveAccelerationRequest(db, actor, { id: request.id, step: "accept", note: "Welkom in het traject!\nMovisie neemt contact op." }, daysLater(7)),
    ).toEqual({ outcome: "moved" });
    expect(await statusOf(request.id)).toEqual({ status: "ACCEPTED", statusNote: "Welkom in het traject!\nMovisie neemt contact op.", closedAt: daysLater(7) });

    await deliverPendingMail(db);
    const toRequester = smtp.received.filter(
      (mail) => mail.subject !== CONFIRM_REQUEST_SUBJECT && mail.to && "value" in mail.to && mail.to.value[0]?.address === request.email,
    );
    expect(toRequester.map((mail) => mail.subject)).toEqual([
      "Intakegesprek voor het versnellingstraject",
      "Je aanvraag voor het versnellingstraject is geaccepteerd",
    ]);
    expect(toRequester[0]!.text).toContain("Het intakegesprek is op 3 maart om 10.00 uur.");
    expect(toRequester[1]!.text).toContain("Movisie neemt contact op.");

    const entries = await db.auditEntry.findMany({
      orderBy: { createdAt: "asc" },
      select: { action: true, entityType: true, entityId: true, entityLabel: true, actorLabel: true, before: true, after: true },
    });
    const step = (action: string, before: object, after: object) => ({
      action: `acceleration-request.${action}`,
      entityType: "AccelerationRequest",
      entityId: request.id,
      entityLabel: "Gemeente Tilburg",
      actorLabel: actor.label,
      before,
      after,
    });
    expect(entries).toEqual([
      step("intake", { status: "NEW" }, { status: "INTAKE_PLANNED", note: "Het intakegesprek is op 3 maart om 10.00 uur." }),
      step("accept", { status: "INTAKE_PLANNED" }, { status: "ACCEPTED", note: "Welkom in het traject!\nMovisie neemt contact op." }),
    ]);
  });

  it("allows exactly the forward steps from each status, and writes nothing for a refused one", async () => {
    const allowed: Record<AccelerationRequestStatus, string[]> = {
      NEW: ["intake", "decline"],
      INTAKE_PLANNED: ["accept", "decline"],
      ACCEPTED: [],
      DECLINED: [],
    };
    for (const status of Object.keys(allowed) as AccelerationRequestStatus[]) {
      for (const step of ["intake", "accept", "decline"] as const) {
        const request = await confirmed();
        await db.accelerationRequest.update({ where: { id: request.id }, data: { status } });
        const before = await fingerprint(url);
        const result = await moveAccelerationRequest(db, actor, { id: request.id, step, note: "Een bericht." }, now);
        if (allowed[status].includes(step)) {
          expect(result, `${step} vanuit ${status}`).toEqual({ outcome: "moved" });
        } else {
          expect(result, `${step} vanuit ${status}`).toMatchObject({ outcome: "refused", field: "id", message: expect.stringContaining("kan niet") });
          expect(await fingerprint(url)).toBe(before);
        }
      }
    }
    const declined = await confirmed();
    await moveAccelerationRequest(db, actor, { id: declined.id, step: "decline", note: "Dit traject is voor gemeenten." }, now);
    expect(await statusOf(declined.id)).toEqual({ status: "DECLINED", statusNote: "Dit traject is voor gemeenten.", closedAt: now });
  });

  it("refuses steps on an unconfirmed or unknown request", async () => {
    const unconfirmed = await submitted();
    const before = await fingerprint(url);
    expect(await moveAccelerationRequest(db, actor, { id: unconfirmed.id, step: "intake", note: "Een bericht." }, now)).toEqual({
      outcome: "refused",
      field: "id",
      message: "Deze aanvraag is nog niet bevestigd: de aanvrager heeft de link in de e-mail nog niet gebruikt.",
    });
    expect(await moveAccelerationRequest(db, actor, { id: "bestaat-niet", step: "decline", note: "Een bericht." }, now)).toEqual({
      outcome: "refused",
      field: "id",
      message: "Deze aanvraag bestaat niet (meer).",
    });
    expect(await fingerprint(url)).toBe(before);
  });

  it("puts a person's requests in their export, also one made with their address before the account existed, and nobody else's", async () => {
    const early = await confirmed({ email: "eva@haarlem.test", municipalityName: "Haarlem", question: "Vraag van Eva over de Wmo en de wijkteams." });
    await submitted({ email: "frank@haarlem.test", contactName: "Frank Fonds" });
    const eva = await buildPerson(db, { name: "Eva Evers", email: "eva@haarlem.test" });
    await submitted({ email: "eva@haarlem.test", municipalityName: "Zandvoort" }, daysLater(1));
    await moveAccelerationRequest(db, actor, { id: early.id, step: "intake", note: "Intake op 3 maart." }, now);

    const exported = await exportPersonalData(db, eva.id);
    expect(exported.accelerationRequests.map((request) => [request.municipalityName, request.status, request.statusNote])).toEqual([
      ["Haarlem", "INTAKE_PLANNED", "Intake op 3 maart."],
      ["Zandvoort", "NEW", null],
    ]);
    expect(exported.accelerationRequests[0]).toMatchObject({
      question: "Vraag van Eva over de Wmo en de wijkteams.",
      client: "Petra Jansen, directeur sociaal domein",
    });
    expect(JSON.stringify(exported)).not.toContain("Frank");
    expect(JSON.stringify(exported)).not.toContain("confirmationTokenHash");
  });

  it("erases a person's requests, their history and the address's counter with the account, and leaves other requests alone", async () => {
    const early = await confirmed({ email: "gijs@haarlem.test" });
    await moveAccelerationRequest(db, actor, { id: early.id, step: "decline", note: "Niet voor nu." }, now);
    const gijs = await buildPerson(db, { name: "Gijs Gerritsen", email: "gijs@haarlem.test" });
    await submitted({ email: "gijs@haarlem.test" });
    const other = await confirmed({ email: "hanna@haarlem.test" });

    await deleteAccount(db, gijs.id);

    expect(await db.accelerationRequest.findMany({ select: { id: true } })).toEqual([{ id: other.id }]);
    expect(await db.auditEntry.count({ where: { entityType: "AccelerationRequest", entityId: early.id } })).toBe(0);
    expect(await db.rateLimitWindow.count({ where: { key: { contains: "gijs@haarlem.test" } } })).toBe(0);
    expect(await db.rateLimitWindow.count({ where: { key: { contains: "hanna@haarlem.test" } } })).toBe(1);
  });
});
