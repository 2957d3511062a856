import type { AdminPosition } from "@/lib/kernclub/load-admin-kernclub";
import { positionRoleLabels } from "@/lib/kernclub/position-role";
import { formatShortDate } from "@/lib/format/dates";
import { EndPositionForm } from "./end-position-form";

const dateText = (date: Date) => <time dateTime={date.toISOString().slice(0, 10)}>{formatShortDate(date)}</time>;

function who(position: AdminPosition) {
  return (
    <>
      <span className="font-semibold">{position.user.name}</span>
      {position.user.email && <span className="text-neutral-700"> ({position.user.email})</span>}
      {position.municipality && <>, gemeente {position.municipality.name}</>}
    </>
  );
}

export function CurrentPositionList({ positions, today }: { positions: AdminPosition[]; today: string }) {
  if (!positions.length) return <p>Er zijn op dit moment geen functies bezet.</p>;
  return (
    <ul className="space-y-4">
      {positions.map((position) => {
        const description = `${positionRoleLabels[position.role]}: ${position.user.name}`;
        return (
          <li key={position.id} className="rounded border border-neutral-300 p-4">
            <p>
              {positionRoleLabels[position.role]}: {who(position)}
            </p>
            <p className="mb-3 text-sm">{position.source ? <>Genoemd in {position.source}</> : <>Sinds {dateText(position.startedOn)}</>}</p>
            <EndPositionForm positionId={position.id} description={description} today={today} />
          </li>
        );
      })}
    </ul>
  );
}

export function PastPositionList({ positions }: { positions: AdminPosition[] }) {
  if (!positions.length) return <p>Nog geen beëindigde functies.</p>;
  return (
    <ul className="list-disc space-y-1 pl-6">
      {positions.map((position) => (
        <li key={position.id}>
          {positionRoleLabels[position.role]}: {who(position)},{" "}
          {position.source ? (
            <>genoemd in {position.source}</>
          ) : (
            <>
              van {dateText(position.startedOn)} tot en met {position.endedOn && dateText(position.endedOn)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
