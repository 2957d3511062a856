import type { IncomingMessage } from "node:http";

/** Set by scripts/site-server.ts on every request, after removing whatever the client sent under that name. */
export const CLIENT_ADDRESS_HEADER = "x-wmo-client-address";

/**
 * The client's address for per-client rate limits. Behind our own reverse proxy (TRUST_PROXY=true) that is the
 * last X-Forwarded-For entry, the one the proxy added (earlier entries come from the client and can be forged);
 * otherwise the socket's peer address, which a client cannot forge.
 */
export function clientAddressOf(request: IncomingMessage, trustProxy = process.env.TRUST_PROXY === "true"): string | undefined {
  if (trustProxy) {
    const forwarded = [request.headers["x-forwarded-for"]]
      .flat()
      .join(",")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    return forwarded.at(-1);
  }
  return request.socket.remoteAddress?.replace(/^::ffff:/, "");
}
