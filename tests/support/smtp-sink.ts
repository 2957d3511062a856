// A real SMTP server for the end-to-end tests: it accepts every message and hands the raw MIME to
// the tests over a small HTTP API (GET /messages?to=address), which parse it with mailparser.
// POST /hang makes it accept connections and never answer (a hanging mail server); POST /resume answers again.
import { createServer } from "node:http";
import { SMTPServer } from "smtp-server";
import { smtpApiPort, smtpPort } from "./e2e-env";

type Received = { to: string[]; raw: string; receivedAt: string };
const received: Received[] = [];
let hanging = false;
const held: (() => void)[] = [];
/** Answers now, or, while hanging, only after /resume. */
const answer = (reply: () => void) => (hanging ? held.push(reply) : reply());

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onConnect(_session, callback) {
    answer(() => callback());
  },
  onMailFrom(_address, _session, callback) {
    answer(() => callback());
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () =>
      answer(() => {
        received.push({
          to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
          raw: Buffer.concat(chunks).toString("utf8"),
          receivedAt: new Date().toISOString(),
        });
        callback();
      }),
    );
  },
});
smtp.listen(smtpPort, "127.0.0.1");

createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.pathname === "/health") {
    response.end("ok");
    return;
  }
  if (request.method === "POST" && (url.pathname === "/hang" || url.pathname === "/resume")) {
    hanging = url.pathname === "/hang";
    if (!hanging) for (const reply of held.splice(0)) reply();
    response.end(hanging ? "hangt" : "antwoordt");
    return;
  }
  const to = url.searchParams.get("to")?.toLowerCase();
  const messages = received.filter((message) => !to || message.to.includes(to));
  response.setHeader("Content-Type", "application/json");
  response.end(JSON.stringify(messages));
}).listen(smtpApiPort, "127.0.0.1");

console.log(`SMTP-testserver op 127.0.0.1:${smtpPort}, berichten op http://127.0.0.1:${smtpApiPort}/messages`);
