import type { AttendeeRow } from "@/lib/attendance/load-attendance";

const cell = "border border-neutral-700 px-2 py-1 text-left align-top";

/** The list people sign at the door: name, municipality and room for a signature. */
export function PresenceList({ caption, rows }: { caption: string; rows: AttendeeRow[] }) {
  if (!rows.length) return <p>Nog niemand heeft laten weten te komen.</p>;
  return (
    <table className="w-full border-collapse text-black">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${cell} w-10`}>
            Nr.
          </th>
          <th scope="col" className={cell}>
            Naam
          </th>
          <th scope="col" className={cell}>
            Gemeente of organisatie
          </th>
          <th scope="col" className={`${cell} w-2/5`}>
            Handtekening
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.id} className="h-14 break-inside-avoid">
            <td className={cell}>{index + 1}</td>
            <td className={cell}>{row.name}</td>
            <td className={cell}>{row.organisation}</td>
            <td className={cell} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
