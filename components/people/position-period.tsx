import type { PositionWithPerson } from "@/lib/people/queries";

const yearOf = (date: Date) => date.getUTCFullYear();

/** "2018–2019", or "sinds 2020" while the position is held. */
export function PositionPeriod({ position }: { position: Pick<PositionWithPerson, "startedOn" | "endedOn"> }) {
  if (!position.endedOn) return <>sinds {yearOf(position.startedOn)}</>;
  const from = yearOf(position.startedOn);
  const to = yearOf(position.endedOn);
  return <>{from === to ? from : `${from}–${to}`}</>;
}
