import { afterEach, describe, expect, it } from "vitest";
import { applyAdminEmails } from "@/lib/auth/admin-emails";
import { db } from "@/lib/db/client";
import { isMailboxEnabled, listMailbox } from "@/lib/mail/mailbox";
import { deliverPendingMail } from "@/lib/mail/deliver-mail";
import { queueMail } from "@/lib/mail/outbox";
import { buildPerson } from "../support/builders/person";
import { withFreshDatabase } from "./database";

describe("mail without an SMTP server", () => {
  withFreshDatabase({ emptyBeforeEachTest: true });
  afterEach(() => {
    delete process.env.DEV_MAILBOX;
    delete process.env.SMTP_URL;
  });

  it("keeps every message for the development mailbox instead of dropping it", async () => {
    process.env.DEV_MAILBOX = "true";
    await queueMail(db, { to: "a@wmo.test", template: "no-account", data: {} });
    expect(await deliverPendingMail(db)).toBe(1);
    expect(await listMailbox(db)).toMatchObject([
      { to: "a@wmo.test", subject: "Inloggen bij het Wmo transformatienetwerk", text: expect.stringContaining("https://wmo.test/aanmelden"), status: "SENT" },
    ]);
  });

  it("empties a message's body once sent when there is no development mailbox", async () => {
    await queueMail(db, { to: "c@wmo.test", template: "no-account", data: {} });
    expect(await deliverPendingMail(db)).toBe(1);
    expect(await db.outboxMail.findFirstOrThrow({ select: { subject: true, html: true, text: true, status: true } })).toEqual({
      subject: "Inloggen bij het Wmo transformatienetwerk",
      html: null,
      text: null,
      status: "SENT",
    });
  });

  it("shows the mailbox only when switched on, without SMTP, to requests the local server marked with this run's value", () => {
    const marked = (value: string) => new Headers({ "x-wmo-loopback-peer": value });
    process.env.LOOPBACK_PEER_STAMP = "waarde-van-deze-run";
    expect(isMailboxEnabled(marked("waarde-van-deze-run"))).toBe(false);
    process.env.DEV_MAILBOX = "true";
    expect(isMailboxEnabled(marked("waarde-van-deze-run"))).toBe(true);
    expect(isMailboxEnabled(marked("1"))).toBe(false);
    expect(isMailboxEnabled(new Headers({ host: "localhost:3000" }))).toBe(false);
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    expect(isMailboxEnabled(marked("waarde-van-deze-run"))).toBe(false);
    delete process.env.SMTP_URL;
    delete process.env.LOOPBACK_PEER_STAMP;
    expect(isMailboxEnabled(marked(""))).toBe(false);
  });

  it("keeps a message that could not be sent, to try again later", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    await queueMail(db, { to: "b@wmo.test", template: "no-account", data: {} });
    expect(await deliverPendingMail(db)).toBe(0);
    expect(await db.outboxMail.findFirstOrThrow({ select: { status: true, attempts: true, lastError: true } })).toEqual({
      status: "PENDING",
      attempts: 1,
      lastError: expect.stringContaining("ECONNREFUSED"),
    });
  });
});

describe("ADMIN_EMAILS", () => {
  withFreshDatabase();

  it("makes those addresses secretaries, creating the account when needed and promoting an existing one", async () => {
    await buildPerson(db, { email: "bestaand@wmo.test", name: "Bestaand" });
    await applyAdminEmails(db, ["bestaand@wmo.test", "nieuw@wmo.test"]);
    expect(await db.user.findMany({ orderBy: { email: "asc" }, select: { email: true, role: true } })).toEqual([
      { email: "bestaand@wmo.test", role: "SECRETARY" },
      { email: "nieuw@wmo.test", role: "SECRETARY" },
    ]);
  });
});
