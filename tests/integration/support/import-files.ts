import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";

/** A CSV file as bytes: rows joined with `delimiter` and CRLF, quoted where needed. */
export function csvBytes(rows: string[][], { delimiter = ";", bom = false, encoding = "utf8" as "utf8" | "latin1" } = {}) {
  const quote = (cell: string) => (/[";,\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const text = rows.map((row) => row.map(quote).join(delimiter)).join("\r\n") + "\r\n";
  const bytes = Buffer.from(text, encoding);
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}

export const fileOf = (name: string, bytes: Uint8Array) => new File([new Uint8Array(bytes)], name);

type SheetSpec = { name: string; rows: unknown[][]; hidden?: boolean; emptyRowsAfter?: number };

/** A workbook as Excel writes it (shared strings, styles, formulas with their cached values), built with exceljs. */
export async function xlsxBytes(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.hidden ? "hidden" : "visible" });
    for (const row of spec.rows) sheet.addRow(row);
    // Formatted rows without values: Excel keeps them as empty <row> elements.
    for (let index = 0; index < (spec.emptyRowsAfter ?? 0); index += 1) sheet.getRow(spec.rows.length + 1 + index).height = 15;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type ZipPart = { name: string; data: Buffer; compressed?: Buffer; declaredSize?: number };

/** A zip file written by hand, so a test can make the declared sizes lie. */
export function zipBytes(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const compressed = part.compressed ?? deflateRawSync(part.data);
    const size = part.declaredSize ?? part.data.length;
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `megabytes` MB of XML whitespace after a worksheet's start, deflated: about a thousandth of that in the file. */
export async function deflatedSheet(megabytes: number): Promise<{ compressed: Buffer; size: number }> {
  const head = Buffer.from('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (data: Buffer) => out.push(data));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  deflate.write(head);
  for (let index = 0; index < megabytes; index += 1) deflate.write(chunk);
  deflate.end();
  await done;
  return { compressed: Buffer.concat(out), size: head.length + megabytes * chunk.length };
}

const contentTypes = Buffer.from(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
);
const workbook = Buffer.from(
  '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Mensen" sheetId="1" r:id="rId1"/></sheets></workbook>',
);
const workbookRels = Buffer.from(
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
);

/** The parts of a minimal workbook around one worksheet part. */
export function workbookParts(sheet: ZipPart): ZipPart[] {
  return [
    { name: "[Content_Types].xml", data: contentTypes },
    { name: "xl/workbook.xml", data: workbook },
    { name: "xl/_rels/workbook.xml.rels", data: workbookRels },
    { ...sheet, name: "xl/worksheets/sheet1.xml" },
  ];
}
