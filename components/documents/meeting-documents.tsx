import type { SessionUser } from "@/lib/auth/action-client";
import { describeDocument } from "@/lib/documents/document-types";

type Document = { id: string; title: string; extension: string; sizeBytes: number };

/**
 * The "Documenten" section of a meeting page. Everyone sees the list; downloading needs an account, so a
 * visitor's links lead to the sign-in page, which brings them back here.
 */
export function MeetingDocuments({ slug, documents, user }: { slug: string; documents: Document[]; user: SessionUser | null }) {
  if (!documents.length) return null;
  const signIn = `/inloggen?terug=${encodeURIComponent(`/agenda/${slug}`)}`;
  return (
    <section aria-labelledby="documenten-titel" className="mt-8">
      <h2 id="documenten-titel">Documenten</h2>
      {!user && <p className="mt-2">Log in om de documenten te downloaden.</p>}
      <ul className="mt-3 space-y-1">
        {documents.map((document) => (
          <li key={document.id}>
            {/* A plain <a>: the route handler answers with a file (or a redirect), not a page. */}
            <a href={user ? `/agenda/${slug}/documenten/${document.id}` : signIn}>{document.title}</a> ({describeDocument(document)})
          </li>
        ))}
      </ul>
    </section>
  );
}
