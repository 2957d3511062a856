import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { findDownloadableDocument } from "@/lib/documents/find-downloadable-document";
import { readStoredFile } from "@/lib/documents/storage";
import { slugify } from "@/lib/format/slug";
import { withDutchErrors } from "@/lib/site/route-errors";

type Params = { params: Promise<{ slug: string; id: string }> };

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

export const GET = withDutchErrors(async function GET(_request: Request, { params }: Params) {
  const { slug, id } = await params;
  const user = await currentUser();
  if (!user) redirect(`/inloggen?terug=${encodeURIComponent(`/agenda/${slug}`)}`);
  const { document, covered } = await findDownloadableDocument(db, { slug, documentId: id, readerId: user.id });
  if (!document) {
    return covered
      ? text("Dit document bestaat niet (meer).", 404)
      : text(
          "Geen toegang: de documenten van een bijeenkomst zijn voor wie dit jaar meedoet (via de gemeente of een eigen lidmaatschap) en voor wie heeft laten weten te komen.",
          403,
        );
  }
  let bytes: Buffer;
  try {
    bytes = await readStoredFile(document.id, document.extension);
  } catch (error) {
    console.error("Document lezen mislukt", document.id, error);
    return text("Dit document is niet beschikbaar. Probeer het later opnieuw.", 404);
  }
  const fileName = `${slugify(document.title).slice(0, 80) || "document"}.${document.extension}`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": document.mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
