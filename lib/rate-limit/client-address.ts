import { headers } from "next/headers";

/** The client's address as the reverse proxy reports it; "onbekend" when there is none (direct local use). */
export async function clientAddress(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "onbekend";
}
