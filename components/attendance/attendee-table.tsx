import type { AttendeeRow } from "@/lib/attendance/load-attendance";
import { meetingDaysLabels } from "@/lib/meetings/rsvp-labels";

type Props = { caption: string; rows: AttendeeRow[]; twentyFourHour: boolean; numbered?: boolean; empty: string };

const cell = "py-2 pr-4 align-top";

/** People with their municipality and, for a 24-hour meeting, their choices. Dietary wishes: only the secretary sees this table. */
export function AttendeeTable({ caption, rows, twentyFourHour, numbered = false, empty }: Props) {
  if (!rows.length) return <p>{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-neutral-700">
            {numbered && (
              <th scope="col" className={cell}>
                Plaats
              </th>
            )}
            <th scope="col" className={cell}>
              Naam
            </th>
            <th scope="col" className={cell}>
              Gemeente of organisatie
            </th>
            <th scope="col" className={cell}>
              E-mailadres
            </th>
            {twentyFourHour && (
              <>
                <th scope="col" className={cell}>
                  Dagen
                </th>
                <th scope="col" className={cell}>
                  Diner
                </th>
                <th scope="col" className={cell}>
                  Overnachting
                </th>
                <th scope="col" className={cell}>
                  Dieetwensen
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id} className="border-b border-neutral-300">
              {numbered && <td className={cell}>{index + 1}</td>}
              <td className={cell}>{row.name}</td>
              <td className={cell}>{row.organisation}</td>
              <td className={`${cell} break-all`}>{row.email}</td>
              {twentyFourHour && (
                <>
                  <td className={cell}>{row.days ? meetingDaysLabels[row.days] : "Niet opgegeven"}</td>
                  <td className={cell}>{row.dinner ? "Ja" : "Nee"}</td>
                  <td className={cell}>{row.overnight ? "Ja" : "Nee"}</td>
                  <td className={cell}>{row.dietaryWishes}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
