import "server-only";
import { siteUrl } from "../site/config";
import { signOut } from "./auth";

/**
 * "Uitloggen" is a plain form post (it sits in the header of pages the site's server serves from its store,
 * where no server action can be rendered), so it checks itself that the post comes from the site: the browser's
 * Origin header, or Sec-Fetch-Site where a browser sends no Origin. Another site can't sign anyone out.
 */
export async function signOutRequest(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  const fromSite = origin ? origin === new URL(siteUrl()).origin : request.headers.get("sec-fetch-site") === "same-origin";
  if (!fromSite) return new Response("Uitloggen kan alleen vanaf de site zelf.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // Our own redirect, to the site's address: Auth.js's would name the host the server listens on.
  await signOut({ redirect: false });
  return new Response(null, { status: 303, headers: { Location: `${siteUrl()}/`, "Cache-Control": "no-store" } });
}
