import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as oneClickUnsubscribe } from "@/app/api/berichten/afmelden/[userId]/[signature]/route";
import type { SessionUser } from "@/lib/auth/action-client";
import { db } from "@/lib/db/client";
import { uploadDocument } from "@/lib/documents/upload-document";
import { readStoredFile } from "@/lib/documents/storage";
import { idleState } from "@/lib/forms/form-state";
import { sendInvitations } from "@/lib/invitations/send-invitations";
import { deliverPendingMail } from "@/lib/mail/deliver-mail";
import { saveMailingAction } from "@/lib/mailings/admin-actions";
import type { MailingInput } from "@/lib/mailings/mailing-schema";
import { saveMailing } from "@/lib/mailings/save-mailing";
import { resendMailingMail, sendMailing, sendTestMailing } from "@/lib/mailings/send-mailing";
import { oneClickUnsubscribeUrl, unsubscribePageUrl } from "@/lib/mailings/unsubscribe-link";
import { buildMeeting } from "../support/builders/meeting";
import { buildMembership } from "../support/builders/membership";
import { buildMunicipality } from "../support/builders/municipality";
import { buildMunicipalMember, buildPerson } from "../support/builders/person";
import { buildRsvp } from "../support/builders/rsvp";
import { pdfWithText } from "../support/office-documents";
import { withFreshDatabase } from "./database";
import { testActor } from "./support/test-actor";
import { withTestSmtp } from "./support/test-smtp";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/guards", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// The real storage, with its reads counted.
vi.mock("@/lib/documents/storage", async (importOriginal) => {
  const storage = await importOriginal<typeof import("@/lib/documents/storage")>();
  return { ...storage, readStoredFile: vi.fn(storage.readStoredFile) };
});

const smtp = withTestSmtp();

const noAudience = { everyone: false, municipalityId: null, kernclub: false, meetingId: null, meetingGroup: null, extraEmails: [] };
const draft = (overrides: Partial<MailingInput>): MailingInput => ({
  mailingId: null,
  subject: "Nieuws uit het netwerk",
  body: "De volgende bijeenkomst is op **12 maart**.\n\n- agenda volgt\n- [lees meer](https://wmo.test/agenda)",
  documentId: null,
  ...noAudience,
  ...overrides,
});

async function saved(input: MailingInput) {
  const result = await saveMailing(db, testActor, input);
  if (result.outcome !== "saved") throw new Error(`not saved: ${JSON.stringify(result)}`);
  return result.id;
}

const addressesOf = (mail: (typeof smtp.received)[number]) => (mail.to && "value" in mail.to ? mail.to.value.map((to) => to.address) : []);
const receivedBy = (email: string) => smtp.received.filter((mail) => addressesOf(mail).includes(email));
const oneClick = (userId: string, url = oneClickUnsubscribeUrl(userId)) => {
  const [signature] = url.split("/").slice(-1);
  return oneClickUnsubscribe(new Request(url, { method: "POST", body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }) }), {
    params: Promise.resolve({ userId, signature: signature! }),
  });
};

describe("mailings", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });
  let uploads: string;
  beforeAll(async () => {
    uploads = await mkdtemp(path.join(tmpdir(), "mailing-uploads-"));
    process.env.UPLOAD_DIR = uploads;
  });
  afterAll(async () => {
    await rm(uploads, { recursive: true, force: true });
  });
  beforeEach(() => {
    session.user = null;
  });

  it("refuses a mailing without subject, text or recipients with Dutch messages at the fields, and writes nothing", async () => {
    const secretary = await buildPerson(db, { role: "SECRETARY" });
    session.user = { id: secretary.id, role: "SECRETARY", email: secretary.email };
    const empty = await saveMailingAction(idleState, new FormData());
    expect(empty).toMatchObject({
      status: "error",
      fieldErrors: { subject: "Vul een onderwerp in van minstens 3 tekens.", body: "Schrijf de tekst van het bericht." },
    });
    const form = new FormData();
    form.set("subject", "Onderwerp");
    form.set("body", "Tekst");
    const nobody = await saveMailingAction(idleState, form);
    expect(nobody).toMatchObject({ status: "error", fieldErrors: { everyone: expect.stringMatching(/^Kies wie het bericht krijgt/) } });
    expect(await db.mailing.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("goes once to each chosen person, with the document attached and RFC 8058 unsubscribe headers, never to who unsubscribed", async () => {
    const tilburg = await buildMunicipality(db);
    await buildMembership(db, { municipalityId: tilburg.id });
    const member = await buildMunicipalMember(db, tilburg.id, { name: "Mila Meedoen" });
    const unsubscribed = await buildMunicipalMember(db, tilburg.id, { mailingsOffAt: new Date() });
    // In the kernclub by position only: the role does not say so, and there is no membership this year.
    const chair = await buildPerson(db, { name: "Karel Kernclub" });
    await db.position.create({ data: { userId: chair.id, role: "CHAIR", startedOn: new Date("2024-01-01") } });
    const formerChair = await buildPerson(db, { role: "KERNCLUB" });
    await db.position.create({ data: { userId: formerChair.id, role: "CHAIR", startedOn: new Date("2020-01-01"), endedOn: new Date("2023-12-31") } });
    const meeting = await buildMeeting(db);
    const pdf = await pdfWithText(["Het programma van de volgende bijeenkomst."]);
    const upload = await uploadDocument(db, testActor, { meetingId: meeting.id, title: "Programma maart", file: new File([new Uint8Array(pdf)], "p.pdf") });
    if (upload.outcome !== "saved") throw new Error("upload failed");

    const mailingId = await saved(draft({ everyone: true, kernclub: true, documentId: upload.id, extraEmails: ["gast@elders.test"] }));
    const sent = await sendMailing(db, testActor, mailingId);
    expect(sent).toEqual({ outcome: "sent", queued: 3 });
    expect(await sendMailing(db, testActor, mailingId)).toEqual({ outcome: "already-sent" });
    vi.mocked(readStoredFile).mockClear();
    await deliverPendingMail(db);
    // The document is read from storage once for the whole mailing, not once per recipient.
    expect(readStoredFile).toHaveBeenCalledTimes(1);

    expect(smtp.received.flatMap(addressesOf).sort()).toEqual([chair.email, "gast@elders.test", member.email].sort());
    expect(receivedBy(unsubscribed.email!)).toEqual([]);
    expect(receivedBy(formerChair.email!)).toEqual([]);
    const [mail] = receivedBy(member.email!);
    expect(mail!.subject).toBe("Nieuws uit het netwerk");
    // The header lines as the message carries them (mailparser's parsed headers reshape List-Unsubscribe).
    const header = (name: string) => mail!.headerLines.find((line) => line.key === name)?.line.replace(/\r?\n\s+/g, " ");
    expect(header("list-unsubscribe")).toBe(`List-Unsubscribe: <${oneClickUnsubscribeUrl(member.id)}>`);
    expect(oneClickUnsubscribeUrl(member.id)).toMatch(/^https:\/\/wmo\.test\/api\/berichten\/afmelden\//);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(mail!.html).toContain("<strong>12 maart</strong>");
    expect(mail!.html).toContain('href="https://wmo.test/agenda"');
    expect(mail!.html).toContain(unsubscribePageUrl(member.id));
    expect(mail!.text).toMatch(/Beste Mila Meedoen/);
    expect(mail!.attachments).toMatchObject([{ filename: "Programma maart.pdf", contentType: "application/pdf" }]);
    expect(mail!.attachments[0]!.content.equals(pdf)).toBe(true);
    expect(await db.outboxMail.count({ where: { mailingId, status: "SENT" } })).toBe(3);
    expect((await db.mailing.findUniqueOrThrow({ where: { id: mailingId } })).recipientCount).toBe(3);
  });

  it("a one-click POST unsubscribes from mailings at once, and invitations still come", async () => {
    const municipality = await buildMunicipality(db);
    await buildMembership(db, { municipalityId: municipality.id });
    const member = await buildMunicipalMember(db, municipality.id);

    const forged = await oneClick(member.id, oneClickUnsubscribeUrl(member.id).replace(/[^/]+$/, "nep"));
    expect(forged.status).toBe(404);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).mailingsOffAt).toBeNull();

    const answer = await oneClick(member.id);
    expect(answer.status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).mailingsOffAt).toBeInstanceOf(Date);

    const mailingId = await saved(draft({ everyone: true }));
    expect(await sendMailing(db, testActor, mailingId)).toEqual({ outcome: "nobody" });
    expect((await db.mailing.findUniqueOrThrow({ where: { id: mailingId } })).sentAt).toBeNull();

    const meeting = await buildMeeting(db, { title: "Voorjaarsbijeenkomst" });
    const invited = await sendInvitations(db, testActor, {
      meetingId: meeting.id,
      members: true,
      municipalityId: null,
      role: null,
      guests: false,
      extraEmails: [],
    });
    expect(invited).toMatchObject({ outcome: "sent", queued: 1 });
    await deliverPendingMail(db);
    expect(receivedBy(member.email!).map((mail) => mail.subject)).toEqual(["Uitnodiging: Voorjaarsbijeenkomst"]);
  });

  it("reaches a meeting's attendees or its invitees without an answer", async () => {
    const meeting = await buildMeeting(db);
    const coming = await buildPerson(db);
    const silent = await buildPerson(db);
    const declined = await buildPerson(db);
    await buildRsvp(db, { userId: coming.id, meetingId: meeting.id });
    await buildRsvp(db, { userId: declined.id, meetingId: meeting.id, status: "NOT_ATTENDING" });
    await db.invitation.createMany({ data: [coming, silent, declined].map((person) => ({ meetingId: meeting.id, userId: person.id })) });

    await sendMailing(db, testActor, await saved(draft({ meetingId: meeting.id, meetingGroup: "attending" })));
    await sendMailing(db, testActor, await saved(draft({ subject: "Nog geen antwoord", meetingId: meeting.id, meetingGroup: "no-answer" })));
    await deliverPendingMail(db);
    expect(receivedBy(coming.email!).map((mail) => mail.subject)).toEqual(["Nieuws uit het netwerk"]);
    expect(receivedBy(silent.email!).map((mail) => mail.subject)).toEqual(["Nog geen antwoord"]);
    expect(receivedBy(declined.email!)).toEqual([]);
  });

  it("sends a test to the secretary alone, and resends one recipient's message on request", async () => {
    const secretary = await buildPerson(db, { role: "SECRETARY" });
    const guest = await buildPerson(db);
    const mailingId = await saved(draft({ extraEmails: [guest.email!] }));
    expect(await sendTestMailing(db, { id: secretary.id, label: "secretaris" }, mailingId)).toEqual({ outcome: "queued", to: secretary.email });
    await deliverPendingMail(db);
    expect(smtp.received.map((mail) => [addressesOf(mail), mail.subject])).toEqual([[[secretary.email], "[Test] Nieuws uit het netwerk"]]);
    expect((await db.mailing.findUniqueOrThrow({ where: { id: mailingId } })).sentAt).toBeNull();

    await sendMailing(db, testActor, mailingId);
    await deliverPendingMail(db);
    const first = await db.outboxMail.findFirstOrThrow({ where: { mailingId } });
    expect(await resendMailingMail(db, testActor, mailingId, first.id)).toEqual({ outcome: "queued", to: guest.email });
    await deliverPendingMail(db);
    expect(receivedBy(guest.email!)).toHaveLength(2);
    expect(await db.outboxMail.count({ where: { mailingId } })).toBe(2);
  });

  it("keeps a sent mailing as it was sent", async () => {
    const guest = await buildPerson(db);
    const mailingId = await saved(draft({ extraEmails: [guest.email!] }));
    await sendMailing(db, testActor, mailingId);
    expect(await saveMailing(db, testActor, draft({ mailingId, subject: "Anders", extraEmails: [guest.email!] }))).toEqual({ outcome: "already-sent" });
    expect((await db.mailing.findUniqueOrThrow({ where: { id: mailingId } })).subject).toBe("Nieuws uit het netwerk");
  });

  it("the action redirects a new draft to its page", async () => {
    const secretary = await buildPerson(db, { role: "SECRETARY" });
    session.user = { id: secretary.id, role: "SECRETARY", email: secretary.email };
    const form = new FormData();
    for (const [name, value] of Object.entries({ subject: "Onderwerp", body: "Tekst", kernclub: "ja" })) form.set(name, value);
    const redirected = await saveMailingAction(idleState, form).catch((error: unknown) => (isRedirectError(error) ? error.digest : error));
    const mailing = await db.mailing.findFirstOrThrow();
    expect(String(redirected)).toContain(`/beheer/berichten/${mailing.id}?opgeslagen=1`);
  });
});
