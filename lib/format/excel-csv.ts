import { stringify } from "csv-stringify/sync";

// A cell starting with one of these is run as a formula by Excel; names and texts are typed in by people.
const FORMULA_START = /^[=+\-@\t\r]/;
const defused = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

export type CsvColumn = { key: string; header: string };

/**
 * A CSV file as Excel opens it on a Dutch computer: UTF-8 with a byte order mark (otherwise "é" shows as "Ã©"),
 * semicolons (the Dutch list separator), CRLF, and no cell that Excel would run as a formula.
 */
export function excelCsv(columns: CsvColumn[], records: Record<string, string>[]): string {
  const safeRecords = records.map((record) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, defused(value)])));
  return stringify(safeRecords, { bom: true, delimiter: ";", record_delimiter: "windows", header: true, columns });
}

/** "500,00": an amount as a Dutch Excel reads it as a number. */
export function csvAmount(cents: number): string {
  return (cents / 100).toFixed(2).replace(".", ",");
}
