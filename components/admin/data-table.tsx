import type { Key, ReactNode } from "react";

/** One column of an admin table: its header and what each row shows in it. */
export type Column<Row> = {
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** The cell names its row (`<th scope="row">`), as the municipality does in the fee register. */
  rowHeader?: boolean;
  /** More classes for the column's body cells: "break-all" for e-mail addresses, or one that depends on the row. */
  className?: string | ((row: Row) => string);
};

type Props<Row> = {
  /** `false` leaves a column out, for columns shown only sometimes ("Plaats" on the waiting list). */
  columns: (Column<Row> | false)[];
  rows: Row[];
  /** What the table holds; without `hideCaption` it is shown above the table, with it only screen readers read it. */
  caption?: ReactNode;
  hideCaption?: boolean;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  /** Top-aligns the cells, for rows whose cells run to several lines. */
  alignTop?: boolean;
  className?: string;
} & (Row extends { id: Key } ? { rowKey?: RowKey<Row> } : { rowKey: RowKey<Row> });

type RowKey<Row> = (row: Row, index: number) => Key;

/** Rows with an id are told apart by it, unless `rowKey` says otherwise. */
const byId = (row: unknown) => (row as { id: Key }).id;

const cellClass = "py-2 pr-4";
const join = (...classes: (string | false | undefined)[]) => classes.filter(Boolean).join(" ");

/** The admin area's table: one row per record, column headers with their scope, and a caption that names it. */
export function DataTable<Row>({ columns, rows, rowKey = byId, caption, hideCaption = false, empty, alignTop = false, className }: Props<Row>) {
  if (!rows.length) return <p>{empty}</p>;
  const shown = columns.filter((column) => column !== false);
  return (
    <div className="overflow-x-auto">
      <table className={join("w-full border-collapse text-left", className)}>
        {caption && <caption className={hideCaption ? "sr-only" : "mb-2 text-left font-semibold"}>{caption}</caption>}
        <thead>
          <tr className="border-b-2 border-neutral-700">
            {shown.map((column, index) => (
              <th key={index} scope="col" className={cellClass}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} className={join("border-b border-neutral-300", alignTop && "align-top")}>
              {shown.map((column, columnIndex) => {
                const extra = typeof column.className === "function" ? column.className(row) : column.className;
                return column.rowHeader ? (
                  <th key={columnIndex} scope="row" className={join(cellClass, "font-normal", extra)}>
                    {column.cell(row, index)}
                  </th>
                ) : (
                  <td key={columnIndex} className={join(cellClass, extra)}>
                    {column.cell(row, index)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
