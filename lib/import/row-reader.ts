import type { ColumnMapping, ImportField } from "./import-fields";
import type { Problem, RowRef } from "./import-rows";
import type { Parsed } from "./parse-import-values";
import { columnLetter, type SheetRow, type SheetTable } from "./sheet-table";

export type Cell = { text: string; column: string };

/** Reads one row's cells by field, and collects the problems found while parsing them. */
export class RowReader {
  readonly problems: Problem[] = [];
  constructor(
    private readonly table: SheetTable,
    private readonly mapping: ColumnMapping,
    readonly ref: RowRef,
    private readonly row: SheetRow,
  ) {}

  private columnName(index: number) {
    return `${columnLetter(index)} (${this.table.header[index] || "zonder kop"})`;
  }

  cells(field: ImportField): (Cell & { header: string })[] {
    return this.mapping.flatMap((mapped, index) =>
      mapped === field ? [{ text: (this.row.cells[index] ?? "").trim(), column: this.columnName(index), header: this.table.header[index] ?? "" }] : [],
    );
  }

  cell(field: ImportField): Cell | null {
    const found = this.cells(field).find((cell) => cell.text !== "");
    return found ?? null;
  }

  problem(column: string | null, message: string) {
    this.problems.push({ ...this.ref, column, message });
  }

  /** The parsed value of a non-empty cell; undefined when empty or wrong (then with a problem). */
  parse<T>(field: ImportField, parser: (text: string) => Parsed<T>): { value: T; column: string } | undefined {
    const cell = this.cell(field);
    if (!cell) return undefined;
    const parsed = parser(cell.text);
    if ("problem" in parsed) {
      this.problem(cell.column, parsed.problem);
      return undefined;
    }
    return { value: parsed.value, column: cell.column };
  }
}
