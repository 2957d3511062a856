import { importLimits, megabytes } from "./import-limits";
import { readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import type { ReadOutcome } from "./sheet-table";

export type UploadedFile = Pick<File, "name" | "size" | "arrayBuffer">;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);

/** The file's name as shown in the preview and the log: no folders, no control characters. */
export function displayName(name: string) {
  const base = name.split(/[\\/]/).pop() ?? "";
  return (
    base
      .replace(/[\u0000-\u001f\u007f]/g, "")
      .trim()
      .slice(0, 120) || "bestand"
  );
}

/**
 * Reads an uploaded .xlsx workbook or CSV file into tables. The size is checked before a byte is read; the kind of
 * file comes from its content, not its name.
 */
export async function readUpload(file: UploadedFile | null): Promise<ReadOutcome> {
  if (!file || file.size === 0) return { ok: false, message: "Kies een Excel-werkmap (.xlsx) of een CSV-bestand." };
  if (file.size > importLimits.fileBytes) {
    return {
      ok: false,
      message: `Dit bestand is te groot (${megabytes(file.size)}). Een bestand om te importeren is hoogstens ${megabytes(importLimits.fileBytes)}.`,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return readXlsx(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      ok: false,
      message: "Oude Excel-bestanden (.xls) en beveiligde werkmappen kunnen niet. Sla het bestand in Excel op als Excel-werkmap (.xlsx) of als CSV.",
    };
  }
  if (/\.xlsx$/i.test(file.name)) return { ok: false, message: "Dit bestand is geen geldige Excel-werkmap (.xlsx). Open het in Excel en sla het opnieuw op." };
  return readCsv(displayName(file.name), bytes);
}
