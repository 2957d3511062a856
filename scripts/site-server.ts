// The site's HTTP server (`npm start`): Next.js in this process, behind a plain Node server that
// - answers a plain request for a cached public page from the pages it keeps, with a signed-in reader's own
//   personal parts filled in (lib/site/serving: the list of those pages, the store, the parts);
// - sends every page with a Content-Security-Policy holding the hashes of its scripts, so kept pages keep a
//   strict script policy (lib/site/serving/script-policy-response.ts);
// - compresses responses (Next.js's own compression is off: it would compress before the policy is made);
// - refuses a large request body unless a secretary sends it to the admin area (lib/site/request-body-limit.ts);
// - says which client asks (lib/rate-limit/client-address-header.ts), for per-client rate limits;
// - with the development mailbox (DEV_MAILBOX=true, LOOPBACK_PEER_STAMP set by scripts/start.ts), marks each
//   request from this machine, judged by the socket's remote address (a header can be forged, a TCP peer
//   address on loopback cannot); the mailbox page answers only marked requests.
import { readFileSync } from "node:fs";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import compression from "compression";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from "../lib/rate-limit/client-address-header";
import { LOOPBACK_PEER_HEADER, isLoopbackAddress } from "../lib/mail/loopback-peer";
import { BODY_TOO_LARGE, hasLargeBody, isSecretaryRequest } from "../lib/site/request-body-limit";
import { SERVER_ERROR_TITLE } from "../lib/site/error-page-text";
import { cachedPageOf, sessionTokenIn } from "../lib/site/serving/cached-pages";
import { keepPage, renderStart } from "../lib/site/serving/page-store";
import { sendPagesWithScriptPolicy } from "../lib/site/serving/script-policy-response";
import { serveKeptPage } from "../lib/site/serving/serve-kept-page";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
// LISTEN_ADDRESS for the test that checks a request from another address is refused; the mailbox only on loopback.
const stamp = process.env.LOOPBACK_PEER_STAMP;
const hostname = process.env.LISTEN_ADDRESS || (stamp ? "127.0.0.1" : undefined);

// Not the listening address: Next.js builds its own URLs on it, and a rewrite (proxy.ts) to a URL on another host
// than the one the proxy saw is treated as external.
// In production, the configuration `next build` resolved, as Next.js's own standalone server passes it: loading
// next.config.ts again would load the SWC compiler (about 25 MB of the server's memory) only to transpile that file.
if (!dev) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(".next/required-server-files.json", "utf8")).config);
}
const app = next({ dev, port });
await app.prepare();
const handle = app.getRequestHandler();
// compression is written for Express; on a plain Node request and response it needs only what they have.
const compress = compression() as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

const server = createServer((request, response) => {
  delete request.headers[LOOPBACK_PEER_HEADER];
  const client = clientAddressOf(request);
  if (client) request.headers[CLIENT_ADDRESS_HEADER] = client;
  else delete request.headers[CLIENT_ADDRESS_HEADER];
  if (stamp && isLoopbackAddress(request.socket.remoteAddress)) request.headers[LOOPBACK_PEER_HEADER] = stamp;
  if (hasLargeBody(request)) {
    void refuseLargeBodyUnlessSecretary(request, response).then((refused) => refused || serve(request, response));
    return;
  }
  serve(request, response);
});

function serve(request: IncomingMessage, response: ServerResponse) {
  const cachedPage = cachedPageOf(request);
  compress(request, response, () => {
    void (async () => {
      if (cachedPage && (await serveKeptPage(request, response, cachedPage, renderForVisitor))) return;
      // After serveKeptPage read the other processes' changes: what Next.js renders now has them all.
      const start = renderStart();
      const forVisitor = cachedPage && !sessionTokenIn(request.headers.cookie);
      sendPagesWithScriptPolicy(response, forVisitor ? (body) => keepPage(cachedPage, response.statusCode, response.getHeaders(), body, start) : undefined);
      if (cachedPage) response.setHeader("x-cache", "MISS");
      await handle(request, response);
    })().catch((error: unknown) => {
      console.error("[server] verzoek mislukt:", error);
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(`${SERVER_ERROR_TITLE}.`);
    });
  });
}

/** A cached page rendered as a visitor gets it, by asking this server without a session: kept on the way out. */
async function renderForVisitor(path: string) {
  const { address, port: listening } = server.address() as AddressInfo;
  const host = address === "::" || address === "0.0.0.0" ? "127.0.0.1" : address.includes(":") ? `[${address}]` : address;
  const response = await fetch(`http://${host}:${listening}${path}`, { headers: { "accept-encoding": "identity" } });
  await response.arrayBuffer();
}

/** A large body from anyone but the secretary in the admin area: 413, and the connection closed unread. */
async function refuseLargeBodyUnlessSecretary(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const allowed = await isSecretaryRequest(request).catch((error: unknown) => {
    console.error("[server] sessie controleren mislukt:", error);
    return false;
  });
  if (allowed) return false;
  response.writeHead(413, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
  response.end(BODY_TOO_LARGE);
  request.socket.destroySoon();
  return true;
}
server.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EADDRINUSE") throw error;
  console.error(
    `Poort ${port} is al in gebruik, misschien door een andere kopie van de site. Kies een andere poort met PORT, bijvoorbeeld PORT=${port + 1} npm start.`,
  );
  process.exit(1);
});
server.listen(port, hostname, () =>
  console.log(`▲ Next.js luistert op poort ${port} van ${hostname ?? "alle adressen van deze machine"}${stamp ? " (met ontwikkel-mailbox)" : ""}`),
);
