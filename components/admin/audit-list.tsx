import Link from "next/link";
import { auditActionLabels, auditEntityLabels } from "@/lib/audit/labels";
import type { AuditEntityType } from "@/lib/audit/record-change";
import type { AuditEntryView } from "@/lib/audit/list-audit-entries";
import { formatShortDate, formatTime } from "@/lib/format/dates";

/** Changes as a list: when, who, what, and (folded) the values before and after. */
export function AuditList({ entries, emptyText = "Nog geen wijzigingen." }: { entries: AuditEntryView[]; emptyText?: string }) {
  if (!entries.length) return <p>{emptyText}</p>;
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded border border-neutral-300 p-3">
          <p>
            <span className="font-semibold">
              {formatShortDate(entry.createdAt)}, {formatTime(entry.createdAt)} uur
            </span>
            : {entry.actorLabel} — {auditActionLabels[entry.action] ?? entry.action}:{" "}
            <Link href={`/beheer/logboek?type=${entry.entityType}&id=${entry.entityId}`}>
              {auditEntityLabels[entry.entityType as AuditEntityType] ?? entry.entityType} “{entry.entityLabel}”
            </Link>
          </p>
          {(entry.before != null || entry.after != null) && (
            <details className="mt-2">
              <summary className="cursor-pointer">Wat is er veranderd</summary>
              <div className="mt-2 grid gap-3 sm:grid-cols-2">
                <div>
                  <p className="font-semibold">Voor</p>
                  <pre className="overflow-x-auto whitespace-pre-wrap break-words bg-neutral-100 p-2 text-sm">
                    {entry.before == null ? "—" : JSON.stringify(entry.before, null, 2)}
                  </pre>
                </div>
                <div>
                  <p className="font-semibold">Na</p>
                  <pre className="overflow-x-auto whitespace-pre-wrap break-words bg-neutral-100 p-2 text-sm">
                    {entry.after == null ? "—" : JSON.stringify(entry.after, null, 2)}
                  </pre>
                </div>
              </div>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
