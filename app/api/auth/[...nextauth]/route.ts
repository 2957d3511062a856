import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

export const GET = handlers.GET;

// Auth.js's own "send me a link" endpoint would skip our rate limits: sign-in links come from /inloggen.
export function POST(request: NextRequest) {
  if (request.nextUrl.pathname.includes("/signin/")) return new Response("Niet gevonden", { status: 404 });
  return handlers.POST(request);
}
