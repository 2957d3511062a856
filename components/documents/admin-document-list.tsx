import { ActionButton } from "@/components/admin/action-button";
import { removeDocumentAction } from "@/lib/documents/admin-actions";
import { describeDocument } from "@/lib/documents/document-types";

type Document = { id: string; title: string; extension: string; sizeBytes: number };

/** The meeting's documents for the secretary, each with a button to remove it. */
export function AdminDocumentList({ documents }: { documents: Document[] }) {
  if (!documents.length) return <p>Nog geen documenten.</p>;
  return (
    <ul className="space-y-3">
      {documents.map((document) => (
        <li key={document.id}>
          <span className="font-semibold">{document.title}</span> ({describeDocument(document)})
          <div className="mt-1">
            <ActionButton
              action={removeDocumentAction}
              hidden={{ documentId: document.id }}
              label="Verwijderen"
              ariaLabel={`Verwijderen: document ${document.title}`}
              variant="secondary"
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
