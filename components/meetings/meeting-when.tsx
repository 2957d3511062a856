import { formatDateRange, formatTimeRange } from "@/lib/format/dates";

type Props = { startsAt: Date; endsAt: Date; timesAnnounced: boolean };

/** The days and, when announced, the times of a meeting, in Dutch. */
export function MeetingWhen({ startsAt, endsAt, timesAnnounced }: Props) {
  return (
    <>
      <time dateTime={startsAt.toISOString()}>{formatDateRange(startsAt, endsAt)}</time>
      {timesAnnounced && <span>, {formatTimeRange(startsAt, endsAt)}</span>}
    </>
  );
}
