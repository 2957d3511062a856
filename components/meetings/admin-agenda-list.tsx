import { ActionButton } from "@/components/admin/action-button";
import { moveAgendaItemAction, removeAgendaItemAction } from "@/lib/meetings/admin-actions";

type Item = { id: string; title: string; speaker: string | null };

function MoveButton({ item, direction, label }: { item: Item; direction: "up" | "down"; label: string }) {
  return (
    <ActionButton
      action={moveAgendaItemAction}
      hidden={{ itemId: item.id, direction }}
      label={label}
      ariaLabel={`${label}: ${item.title}`}
      variant="secondary"
    />
  );
}

/** The programme in order, each topic with small forms to move or remove it (they work without JavaScript). */
export function AdminAgendaList({ items }: { items: Item[] }) {
  if (!items.length) return <p>Nog geen agendapunten.</p>;
  return (
    <ol className="list-decimal space-y-3 pl-6">
      {items.map((item, index) => (
        <li key={item.id}>
          <span className="font-semibold">{item.title}</span>
          {item.speaker && <span className="block text-neutral-700">Spreker: {item.speaker}</span>}
          <div className="mt-1 flex flex-wrap gap-2">
            {index > 0 && <MoveButton item={item} direction="up" label="Omhoog" />}
            {index < items.length - 1 && <MoveButton item={item} direction="down" label="Omlaag" />}
            <ActionButton
              action={removeAgendaItemAction}
              hidden={{ itemId: item.id }}
              label="Verwijderen"
              ariaLabel={`Verwijderen: ${item.title}`}
              variant="secondary"
            />
          </div>
        </li>
      ))}
    </ol>
  );
}
