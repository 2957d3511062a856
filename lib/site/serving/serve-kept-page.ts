import "server-only";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { finished } from "node:stream/promises";
import { sessionTokenIn } from "./cached-pages";
import { fillPersonalParts, meetingsOf } from "./fill-personal-parts";
import { loadReader } from "./load-reader";
import { type KeptPage, keptPage } from "./page-store";

/** Renders a visitor's copy of a cached page into the store, by asking the site's own server for it. */
export type RenderForVisitor = (path: string) => Promise<void>;

// The render of each page under way, for a visitor: others asking for it meanwhile wait for that one.
const rendering = new Map<string, Promise<unknown>>();

/**
 * Answers a plain request for a cached page from the store: a visitor gets the kept page as it is, a signed-in
 * reader the kept page with their own personal parts, looked up in one query. False when Next.js has to answer:
 * nothing kept (a visitor's request then renders it, once for all who ask meanwhile), a session Auth.js would
 * extend now, the database not answering, or parts this code can't fill.
 */
export async function serveKeptPage(request: IncomingMessage, response: ServerResponse, path: string, renderForVisitor: RenderForVisitor): Promise<boolean> {
  const sessionToken = sessionTokenIn(request.headers.cookie);
  let page = await keptPage(path);
  if (!page) {
    const underWay = rendering.get(path);
    if (!underWay && !sessionToken) {
      // This request renders it (Next.js, after this returns false); its end is what the others wait for.
      rendering.set(
        path,
        finished(response)
          .catch(() => undefined)
          .finally(() => rendering.delete(path)),
      );
      return false;
    }
    await (underWay ?? renderForVisitor(path)).catch(() => undefined);
    page = await keptPage(path);
  }
  if (!page) return false;
  if (!sessionToken) return send(request, response, page, page.body);
  if (!page.slots) return false;
  const reader = await loadReader({ sessionToken }, meetingsOf(page.slots)).catch(() => "refresh" as const);
  if (reader === "refresh") return false;
  // An expired or unknown session reads the page as a visitor does.
  if (!reader) return send(request, response, page, page.body);
  return send(request, response, page, Buffer.from(fillPersonalParts(page.html, page.slots, reader)), {
    "cache-control": "private, no-store",
    etag: undefined,
  });
}

function send(request: IncomingMessage, response: ServerResponse, page: KeptPage, body: Buffer, personal: OutgoingHttpHeaders = {}) {
  const headers: OutgoingHttpHeaders = {
    ...page.headers,
    ...personal,
    vary: `${page.headers.vary ? `${String(page.headers.vary)}, ` : ""}Cookie`,
    "x-cache": "HIT",
  };
  for (const [name, value] of Object.entries(headers)) if (value === undefined) delete headers[name];
  headers["content-length"] = body.length;
  response.writeHead(200, headers);
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}
