import { db } from "@/lib/db/client";
import { unsubscribeByLink } from "@/lib/mailings/mailing-choice";
import { siteUrl } from "@/lib/site/config";

type Params = { params: Promise<{ userId: string; signature: string }> };

/**
 * The List-Unsubscribe address of every mailing (RFC 8058): a mail program's one-click POST
 * ("List-Unsubscribe=One-Click") unsubscribes at once and gets a plain answer; the unsubscribe page's button
 * posts here too and is sent on to the confirmation.
 */
export async function POST(request: Request, { params }: Params) {
  const { userId, signature } = await params;
  const form = await request.formData().catch(() => null);
  const done = await unsubscribeByLink(db, userId, signature);
  if (form?.get("List-Unsubscribe") === "One-Click") {
    return new Response(done ? "Afgemeld voor berichten van het Wmo transformatienetwerk.\n" : "Deze afmeldlink werkt niet.\n", {
      status: done ? 200 : 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return Response.redirect(new URL(done ? "/berichten/afgemeld" : `/berichten/afmelden/${encodeURIComponent(userId)}/ongeldig`, siteUrl()), 303);
}

/** Opening the address itself changes nothing (mail scanners open links): it shows the page that asks. */
export async function GET(_request: Request, { params }: Params) {
  const { userId, signature } = await params;
  return Response.redirect(new URL(`/berichten/afmelden/${encodeURIComponent(userId)}/${encodeURIComponent(signature)}`, siteUrl()), 303);
}
