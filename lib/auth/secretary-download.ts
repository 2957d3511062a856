import { redirect } from "next/navigation";
import { currentUser } from "./guards";

export function plainTextResponse(body: string, status: number) {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}

/**
 * For files only the secretary may download (CSV exports, invoices): anonymous visitors go to sign in and come
 * back to `returnTo`; a signed-in non-secretary gets a 403 answer, which the route returns.
 */
export async function refuseUnlessSecretary(returnTo: string, what: string): Promise<Response | null> {
  const user = await currentUser();
  if (!user) redirect(`/inloggen?terug=${encodeURIComponent(returnTo)}`);
  return user.role === "SECRETARY" ? null : plainTextResponse(`Geen toegang: ${what} is alleen voor het secretariaat.`, 403);
}

/** A file to save, never cached or sniffed as something else. */
export function downloadResponse(body: BodyInit, contentType: string, fileName: string) {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
