import { CsvError, parse } from "csv-parse/sync";
import { dutchNumber, importLimits } from "./import-limits";
import { isEmptyRow, type ReadOutcome, type SheetRow, tableOf } from "./sheet-table";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** UTF-8 (with or without a byte order mark), or else Windows-1252, as Excel on Windows saves "CSV (gescheiden door lijstscheidingsteken)". */
export function decodeText(bytes: Uint8Array): string {
  const bom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  if (bom) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The separator of the header line: semicolon (Dutch Excel), comma or tab, whichever occurs most outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const char of text.slice(0, 64 * 1024)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if ([...counts.values()].some(Boolean)) break;
    } else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

class TooWide extends Error {}
class TooLong extends Error {}

export function readCsv(name: string, bytes: Uint8Array): ReadOutcome {
  // A text file has no NUL bytes: this is a binary file, or UTF-16 ("Unicode-tekst"), which Excel can also save as CSV UTF-8.
  if (bytes.includes(0)) {
    return {
      ok: false,
      message: "Dit bestand bevat NUL-tekens en is dus geen gewoon CSV-bestand. Sla het in Excel op als “CSV UTF-8” of als Excel-werkmap (.xlsx).",
    };
  }
  const text = decodeText(bytes);
  const rows: SheetRow[] = [];
  let withData = 0;
  try {
    parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: 1024 * 1024,
      on_record: (record: string[], { records }) => {
        if (record.length > importLimits.columns && !isEmptyRow(record.slice(importLimits.columns))) throw new TooWide();
        if (isEmptyRow(record)) return null;
        if ((withData += 1) > importLimits.rows + 1) throw new TooLong();
        rows.push({ number: records, cells: record.slice(0, importLimits.columns) });
        return null;
      },
    });
  } catch (error) {
    if (error instanceof TooWide)
      return { ok: false, message: `Dit bestand heeft meer dan ${importLimits.columns} kolommen. Haal de overbodige kolommen weg.` };
    if (error instanceof TooLong) {
      return { ok: false, message: `Dit bestand heeft meer dan ${dutchNumber(importLimits.rows)} regels met gegevens. Splits het in kleinere bestanden.` };
    }
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      return { ok: false, message: `Dit CSV-bestand kan niet worden gelezen${line ? ` (rond regel ${line})` : ""}: controleer de aanhalingstekens.` };
    }
    throw error;
  }
  const table = tableOf(name, rows);
  return table ? { ok: true, tables: [table], notices: [] } : { ok: false, message: "Dit bestand is leeg." };
}
