import type { Problem } from "@/lib/import/import-rows";

/** Every problem with its sheet, row and column: those rows are left out of the import. */
export function ImportProblemsTable({ problems, sheets }: { problems: Problem[]; sheets: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">Problemen per rij; deze rijen worden niet geïmporteerd</caption>
        <thead>
          <tr className="border-b-2 border-neutral-700">
            {sheets > 1 && (
              <th scope="col" className="py-2 pr-4">
                Werkblad
              </th>
            )}
            <th scope="col" className="py-2 pr-4">
              Rij
            </th>
            <th scope="col" className="py-2 pr-4">
              Kolom
            </th>
            <th scope="col" className="py-2 pr-4">
              Probleem
            </th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index} className="border-b border-neutral-300 align-top">
              {sheets > 1 && <td className="py-2 pr-4">{problem.sheet}</td>}
              <th scope="row" className="py-2 pr-4 font-normal">
                {problem.row}
              </th>
              <td className="py-2 pr-4">{problem.column ?? "—"}</td>
              <td className="py-2 pr-4">{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
