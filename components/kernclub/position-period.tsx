import type { PositionWithPerson } from "@/lib/kernclub/queries";

const yearOf = (date: Date) => date.getUTCFullYear();

/**
 * "2018–2019", or "sinds 2020" while the position is held. A position known only from the source texts has no
 * real period: "genoemd in" its source instead (Position.source).
 */
export function PositionPeriod({ position }: { position: Pick<PositionWithPerson, "startedOn" | "endedOn" | "source"> }) {
  if (position.source) return <>genoemd in {position.source}</>;
  if (!position.endedOn) return <>sinds {yearOf(position.startedOn)}</>;
  const from = yearOf(position.startedOn);
  const to = yearOf(position.endedOn);
  return <>{from === to ? from : `${from}–${to}`}</>;
}
