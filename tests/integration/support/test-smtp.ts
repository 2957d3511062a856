import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { closeTransports } from "../../../lib/mail/transport";

export type TestSmtp = {
  port: number;
  received: ParsedMail[];
  /** Stops listening (connections refused) until start() again on the same port. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Holds every message from now on without answering, as a server that hangs. */
  hold: (on: boolean) => void;
  close: () => Promise<void>;
};

/** A real SMTP server for the mail tests: records what it accepts, refuses addresses starting "weigeraar" with 550. */
export async function startTestSmtp(port = 0): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  let holding = false;
  let server: SMTPServer | undefined;
  const listen = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      closeTimeout: 200,
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith("weigeraar")) callback(Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 }));
        else callback();
      },
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", async () => {
          if (holding) return; // never answer: the sender's connection dies or times out
          received.push(await simpleParser(Buffer.concat(chunks)));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
  };
  const stop = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await listen();
  return {
    get port() {
      return port;
    },
    received,
    stop,
    start: listen,
    hold: (on) => (holding = on),
    close: stop,
  };
}

/** Waits until `check` is true, polling; fails with `what` after `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Niet op tijd: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A test SMTP server for the whole file, with SMTP_URL pointing at it and its inbox emptied before each test.
 * Called at the top of a file; the server it stands for starts in the file's first hook.
 */
export function withTestSmtp(): TestSmtp {
  let server: TestSmtp | undefined;
  const started = () => {
    if (!server) throw new Error("De test-SMTP-server is nog niet gestart.");
    return server;
  };
  beforeAll(async () => {
    server = await startTestSmtp();
    process.env.SMTP_URL = `smtp://127.0.0.1:${server.port}`;
  });
  beforeEach(() => {
    started().received.length = 0;
  });
  afterEach(() => closeTransports());
  afterAll(async () => {
    await started().close();
    delete process.env.SMTP_URL;
  });
  return {
    get port() {
      return started().port;
    },
    get received() {
      return started().received;
    },
    stop: () => started().stop(),
    start: () => started().start(),
    hold: (on) => started().hold(on),
    close: () => started().close(),
  };
}
