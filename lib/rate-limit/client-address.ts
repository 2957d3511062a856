import { headers } from "next/headers";

/** The one "client" every visitor is without a trusted proxy. */
export const SHARED_CLIENT = "alle-bezoekers";

/**
 * The client's address for per-client rate limits. X-Forwarded-For is set by whoever sends the request,
 * so it only counts behind our own reverse proxy (TRUST_PROXY=true), whose entry is the last one. Without
 * one, every client shares a single counter: the per-client limit then works as a cap for the whole site.
 */
export async function clientAddress(): Promise<string> {
  if (process.env.TRUST_PROXY !== "true") return SHARED_CLIENT;
  const forwarded = (await headers())
    .get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? "onbekend";
}
