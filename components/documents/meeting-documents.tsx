import { PersonalPart } from "@/components/layout/personal-part";
import { describeDocument } from "@/lib/documents/document-types";
import type { Reader } from "@/lib/site/serving/personal-parts";

type Document = { id: string; title: string; extension: string; sizeBytes: number };

/**
 * The "Documenten" section of a meeting page. Everyone sees the list; downloading needs an account: for a
 * visitor the download address leads to the sign-in page, which brings them back here.
 */
export function MeetingDocuments({ slug, documents, reader }: { slug: string; documents: Document[]; reader: Reader | null }) {
  if (!documents.length) return null;
  return (
    <section aria-labelledby="documenten-titel" className="mt-8">
      <h2 id="documenten-titel">Documenten</h2>
      <PersonalPart name="documents" reader={reader} />
      <ul className="mt-3 space-y-1">
        {documents.map((document) => (
          <li key={document.id}>
            {/* A plain <a>: the route handler answers with a file (or a redirect), not a page. */}
            <a href={`/agenda/${slug}/documenten/${document.id}`}>{document.title}</a> ({describeDocument(document)})
          </li>
        ))}
      </ul>
    </section>
  );
}
