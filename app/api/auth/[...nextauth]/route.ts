import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { redirectOnSite } from "@/lib/auth/redirect-on-site";

export async function GET(request: NextRequest) {
  return redirectOnSite(await handlers.GET(request));
}

// Auth.js's own "send me a link" endpoint would skip our rate limits: sign-in links come from /inloggen.
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.includes("/signin/")) return new Response("Niet gevonden", { status: 404 });
  return redirectOnSite(await handlers.POST(request));
}
