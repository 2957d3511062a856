import type { AttendanceCounts } from "@/lib/attendance/count-attendance";

type Props = {
  counts: AttendanceCounts;
  twentyFourHour: boolean;
  capacity: number | null;
  dinnerCapacity: number | null;
  overnightCapacity: number | null;
};

const ofPlaces = (count: number, limit: number | null) => (limit === null ? String(count) : `${count} van ${limit}`);

function Count({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="rounded border border-neutral-300 p-3">
      <dt className="text-sm">{label}</dt>
      <dd className="text-2xl font-semibold">{value}</dd>
    </div>
  );
}

/** The numbers at the top of the attendance page: answers, and for a 24-hour meeting dinner, overnight stay and days. */
export function AttendanceSummary({ counts, twentyFourHour, capacity, dinnerCapacity, overnightCapacity }: Props) {
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Count label={capacity === null ? "Komen" : "Komen (plaatsen bezet)"} value={ofPlaces(counts.attending, capacity)} />
        <Count label="Komen niet" value={counts.notAttending} />
        <Count label="Nog geen antwoord" value={counts.noAnswer} />
        <Count label="Wachtlijst" value={counts.waitlisted} />
      </dl>
      {twentyFourHour && (
        <>
          <h3 className="mt-6 mb-3">Van wie komt</h3>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <Count label="Eerste dag" value={counts.firstDay} />
            <Count label="Tweede dag" value={counts.secondDay} />
            <Count label="Diner" value={ofPlaces(counts.dinner, dinnerCapacity)} />
            <Count label="Overnachting" value={ofPlaces(counts.overnight, overnightCapacity)} />
            <Count label="Met dieetwensen" value={counts.withDietaryWishes} />
            {counts.daysUnknown > 0 && <Count label="Dagen niet opgegeven" value={counts.daysUnknown} />}
          </dl>
        </>
      )}
    </>
  );
}
