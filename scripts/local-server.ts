// The site for a local trial with the development mailbox (DEV_MAILBOX=true): Next.js behind a plain Node HTTP
// server that marks each request coming from this machine, judged by the socket's remote address (a header can be
// forged, a TCP peer address on loopback cannot). The mailbox page answers only marked requests.
import { createServer } from "node:http";
import next from "next";
import { LOOPBACK_PEER_HEADER, isLoopbackAddress } from "../lib/mail/loopback-peer";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
// LISTEN_ADDRESS only for the test that checks a request from another address is refused.
const hostname = process.env.LISTEN_ADDRESS || "127.0.0.1";
const stamp = process.env.LOOPBACK_PEER_STAMP;
if (!stamp) throw new Error("LOOPBACK_PEER_STAMP ontbreekt: start de site met npm start.");

const app = next({ dev, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

createServer((request, response) => {
  delete request.headers[LOOPBACK_PEER_HEADER];
  if (isLoopbackAddress(request.socket.remoteAddress)) request.headers[LOOPBACK_PEER_HEADER] = stamp;
  void handle(request, response);
}).listen(port, hostname, () => console.log(`▲ Next.js (lokale server met ontwikkel-mailbox) op http://${hostname}:${port}`));
