import Link from "next/link";
import type { MunicipalityRow } from "@/lib/municipalities/list-municipalities";

export function MunicipalitiesTable({ municipalities, year, caption }: { municipalities: MunicipalityRow[]; year: number; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-neutral-700">
            <th scope="col" className="py-2 pr-4">
              Gemeente
            </th>
            <th scope="col" className="py-2 pr-4">
              CBS-code
            </th>
            <th scope="col" className="py-2 pr-4">
              Deelgenomen in
            </th>
            <th scope="col" className="py-2 pr-4">
              Doet mee in {year}
            </th>
            <th scope="col" className="py-2 pr-4">
              Mensen gedekt in {year}
            </th>
          </tr>
        </thead>
        <tbody>
          {municipalities.map((municipality) => (
            <tr key={municipality.id} className="border-b border-neutral-300">
              <td className="py-2 pr-4">
                <Link href={`/beheer/gemeenten/${municipality.id}`}>{municipality.name}</Link>
              </td>
              <td className="py-2 pr-4">{municipality.cbsCode ?? "—"}</td>
              <td className="py-2 pr-4">{municipality.years.length ? municipality.years.join(", ") : "Nog niet"}</td>
              <td className="py-2 pr-4">{municipality.takesPart ? "Ja" : "Nee"}</td>
              <td className="py-2 pr-4">{municipality.takesPart ? municipality.covers : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
