import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "./client-address-header";

/** The one "client" every visitor is when the site's own server did not say who is asking (`next dev`). */
export const SHARED_CLIENT = "alle-bezoekers";

/** The client's address for per-client rate limits, as the site's server found it (lib/rate-limit/client-address-header.ts). */
export async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || SHARED_CLIENT;
}
