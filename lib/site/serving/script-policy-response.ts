import "server-only";
import type { ServerResponse } from "node:http";
import { contentSecurityPolicy, frameworkScriptHashes } from "../content-security-policy";
import { BACK_HOME, SERVER_ERROR_EXPLANATION, SERVER_ERROR_TITLE } from "../error-page-text";

type Encoding = BufferEncoding | ((error?: Error | null) => void) | undefined;

// A page from the cache is the same bytes on every request: its policy is remembered by Next.js's ETag (a hash
// of the body) and length, so reading its scripts happens once per version of the page.
const MAX_REMEMBERED = 500;
const rememberedPolicies = new Map<string, string>();

function policyFor(response: ServerResponse, body: Buffer) {
  const etag = response.getHeader("etag");
  const key = typeof etag === "string" ? `${etag}:${body.length}` : undefined;
  const remembered = key && rememberedPolicies.get(key);
  if (remembered) return remembered;
  const policy = contentSecurityPolicy(frameworkScriptHashes(body.toString("utf8")));
  if (key) {
    rememberedPolicies.set(key, policy);
    if (rememberedPolicies.size > MAX_REMEMBERED) rememberedPolicies.delete(rememberedPolicies.keys().next().value!);
  }
  return policy;
}

// When a page fails on the server, Next.js sends an empty error document that the browser fills in with
// app/error.tsx. Until it does (or for good, without JavaScript) the page shows the same words, in Dutch, with a
// way back; React's render of the document replaces them.
const ERROR_DOCUMENT = '<html id="__next_error__">';
const ERROR_PAGE_FALLBACK = `<main style="max-width:40rem;margin:2rem auto;padding:0 1rem;font-family:sans-serif"><h1>${SERVER_ERROR_TITLE}</h1><p>${SERVER_ERROR_EXPLANATION}</p><p><a href="/">${BACK_HOME}</a></p></main>`;

function withErrorPageFallback(response: ServerResponse, body: Buffer): Buffer {
  if (response.statusCode < 500) return body;
  const html = body.toString("utf8");
  if (!html.startsWith(`<!DOCTYPE html>${ERROR_DOCUMENT}`)) return body;
  const filled = Buffer.from(html.replace(ERROR_DOCUMENT, '<html id="__next_error__" lang="nl">').replace("<body>", `<body>${ERROR_PAGE_FALLBACK}`));
  if (response.hasHeader("content-length")) response.setHeader("Content-Length", filled.length);
  return filled;
}

function isPage(response: ServerResponse) {
  return String(response.getHeader("content-type") ?? "").startsWith("text/html");
}

function toBuffer(chunk: unknown, encoding: Encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === "string" ? encoding : "utf8");
}

/**
 * Holds back a page (text/html) until it is complete, then sends it with a Content-Security-Policy that
 * allows exactly its framework scripts by hash (lib/site/content-security-policy.ts). Any other response
 * passes straight through. Next.js writes pages with write()/end() after flushHeaders(), never writeHead().
 */
export function sendPagesWithScriptPolicy(response: ServerResponse, onPageSent?: (body: Buffer) => void) {
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  const flushHeaders = response.flushHeaders.bind(response);
  let page: Buffer[] | null | undefined;
  const collecting = () => (page === undefined ? (page = !response.headersSent && isPage(response) ? [] : null) : page);

  response.flushHeaders = () => {
    if (!collecting()) flushHeaders();
  };
  response.write = ((chunk: unknown, encoding?: Encoding, callback?: (error?: Error | null) => void) => {
    const parts = collecting();
    if (!parts) return write(chunk as never, encoding as never, callback);
    parts.push(toBuffer(chunk, encoding));
    (typeof encoding === "function" ? encoding : callback)?.();
    return true;
  }) as typeof response.write;
  response.end = ((chunk?: unknown, encoding?: Encoding, callback?: () => void) => {
    const parts = collecting();
    if (!parts) return end(chunk as never, encoding as never, callback);
    // end(callback), end(chunk, callback) and end(chunk, encoding, callback).
    const done = [chunk, encoding, callback].find((argument) => typeof argument === "function") as (() => void) | undefined;
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") parts.push(toBuffer(chunk, encoding));
    const body = withErrorPageFallback(response, Buffer.concat(parts));
    response.setHeader("Content-Security-Policy", policyFor(response, body));
    if (!response.hasHeader("content-length") && !response.hasHeader("content-encoding")) response.setHeader("Content-Length", body.length);
    onPageSent?.(body);
    return end(body, done);
  }) as typeof response.end;
}
