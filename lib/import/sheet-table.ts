import { recogniseColumns } from "./import-fields";

/** One row of a sheet as read: its number as the spreadsheet shows it, and its cells as text. */
export type SheetRow = { number: number; cells: string[] };

/** A sheet of a workbook, or a whole CSV file: the header row's texts and the rows with data below it. */
export type SheetTable = { name: string; headerRow: number; header: string[]; rows: SheetRow[] };

export type ReadOutcome = { ok: true; tables: SheetTable[]; notices: string[] } | { ok: false; message: string };

/** 0 → "A", 27 → "AB": the column letter a spreadsheet shows. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** "AB" → 27 */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

export const isEmptyRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === "");

/**
 * The rows of a sheet (in order) as a table. The header is the first of the top rows with two or more recognised
 * column names (a title may stand above it), else the first row with text.
 */
export function tableOf(name: string, rows: SheetRow[]): SheetTable | null {
  const filled = rows.filter((row) => !isEmptyRow(row.cells));
  const found = filled.slice(0, 10).findIndex((row) => recogniseColumns(row.cells).filter(Boolean).length >= 2);
  const [head, ...rest] = filled.slice(Math.max(found, 0));
  if (!head) return null;
  let width = head.cells.length;
  while (width > 0 && head.cells[width - 1]!.trim() === "") width -= 1;
  // Cells beyond the last header have no column to go to.
  const body = rest.map((row) => ({ number: row.number, cells: row.cells.slice(0, width) })).filter((row) => !isEmptyRow(row.cells));
  return { name, headerRow: head.number, header: head.cells.slice(0, width).map((cell) => cell.trim()), rows: body };
}
