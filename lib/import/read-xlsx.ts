import path from "node:path/posix";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { dutchNumber, importLimits } from "./import-limits";
import { columnIndex, type ReadOutcome, type SheetRow, type SheetTable, tableOf } from "./sheet-table";
import { UnzipRefusal, unzipEntries } from "./unzip-entries";

class Refusal extends Error {}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** Runs a SAX parser over one XML part; a DOCTYPE (entity tricks) is refused, and handlers may throw to stop early. */
function parseXml(xml: Buffer | undefined, handlers: { open?: (tag: SaxesTagPlain) => void; close?: (name: string) => void; text?: (text: string) => void }) {
  if (!xml) return;
  const parser = new SaxesParser();
  parser.on("doctype", () => {
    throw new Refusal("Deze Excel-werkmap bevat een onverwachte XML-declaratie en wordt daarom niet gelezen.");
  });
  parser.on("error", (error) => {
    throw error;
  });
  if (handlers.open) parser.on("opentag", (tag) => handlers.open!({ ...tag, name: localName(tag.name) } as SaxesTagPlain));
  if (handlers.close) parser.on("closetag", (tag) => handlers.close!(localName(tag.name)));
  if (handlers.text) parser.on("text", handlers.text);
  parser.write(xml.toString("utf8")).close();
}

/** "_x000D_" in a SpreadsheetML string is an escaped character. */
const unescapeOoxml = (text: string) => text.replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A relationships part: id → the part it points to (and that part's type). */
function relationships(xml: Buffer | undefined, base: string): Map<string, { part: string; type: string }> {
  const targets = new Map<string, { part: string; type: string }>();
  parseXml(xml, {
    open: (tag) => {
      const { Id: id, Target: target, Type: type = "" } = tag.attributes;
      if (tag.name !== "Relationship" || !id || !target) return;
      targets.set(id, { part: target.startsWith("/") ? target.slice(1) : path.normalize(path.join(base, target)), type });
    },
  });
  return targets;
}

function sharedStrings(xml: Buffer | undefined): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  parseXml(xml, {
    open: (tag) => {
      if (tag.name === "si") current = "";
      else if (tag.name === "rPh") inPhonetic = true;
      else if (tag.name === "t" && !inPhonetic) inText = true;
    },
    close: (name) => {
      if (name === "si") strings.push(unescapeOoxml(current ?? ""));
      else if (name === "rPh") inPhonetic = false;
      else if (name === "t") inText = false;
    },
    text: (text) => {
      if (inText && current !== null) current += text;
    },
  });
  return strings;
}

type SheetRef = { name: string; part: string; hidden: boolean };

/** The workbook's sheets in order, and its shared strings part, found through the package's relationships. */
function workbookContents(parts: Map<string, Buffer>): { sheets: SheetRef[]; sharedStrings: string | undefined } {
  const root = [...relationships(parts.get("_rels/.rels"), "").values()];
  const workbookPart = root.find((relation) => relation.type.endsWith("/officeDocument"))?.part ?? "xl/workbook.xml";
  const rels = relationships(parts.get(path.join(path.dirname(workbookPart), "_rels", `${path.basename(workbookPart)}.rels`)), path.dirname(workbookPart));
  const sheets: SheetRef[] = [];
  parseXml(parts.get(workbookPart), {
    open: (tag) => {
      if (tag.name !== "sheet") return;
      const id = Object.entries(tag.attributes).find(([key]) => localName(key) === "id" && key.includes(":"))?.[1];
      const part = id ? rels.get(id)?.part : undefined;
      if (part) sheets.push({ name: tag.attributes.name ?? part, part, hidden: Boolean(tag.attributes.state && tag.attributes.state !== "visible") });
    },
  });
  const stringsPart = [...rels.values()].find((relation) => relation.type.endsWith("/sharedStrings"))?.part;
  return { sheets, sharedStrings: stringsPart };
}

/** The rows with text of one worksheet; formula cells give their last calculated value, as text. */
function sheetRows(xml: Buffer | undefined, strings: string[], sheetName: string, formulas: { count: number }): SheetRow[] {
  const rows: SheetRow[] = [];
  let row: SheetRow | null = null;
  let nextRow = 1;
  let cell: { column: number; type: string; value: string; inline: string; formula: boolean } | null = null;
  let nextColumn = 0;
  let collect: "v" | "t" | null = null;
  parseXml(xml, {
    open: (tag) => {
      if (tag.name === "row") {
        const number = Number(tag.attributes.r) || nextRow;
        row = { number, cells: [] };
        nextRow = number + 1;
        nextColumn = 0;
      } else if (tag.name === "c" && row) {
        const ref = /^([A-Za-z]{1,3})\d*$/.exec(tag.attributes.r ?? "");
        const column = ref ? columnIndex(ref[1]!) : nextColumn;
        nextColumn = column + 1;
        cell = { column, type: tag.attributes.t ?? "n", value: "", inline: "", formula: false };
      } else if (cell && tag.name === "f") cell.formula = true;
      else if (cell && tag.name === "v") collect = "v";
      else if (cell && tag.name === "t") collect = "t";
    },
    text: (text) => {
      if (cell && collect === "v") cell.value += text;
      else if (cell && collect === "t") cell.inline += text;
    },
    close: (name) => {
      if (name === "v" || name === "t") collect = null;
      else if (name === "c" && cell && row) {
        const text = cellText(cell, strings);
        if (cell.formula) formulas.count += 1;
        if (text.trim() !== "") {
          if (cell.column >= importLimits.columns) {
            throw new Refusal(`Werkblad “${sheetName}” heeft gegevens in meer dan ${importLimits.columns} kolommen. Haal de overbodige kolommen weg.`);
          }
          while (row.cells.length < cell.column) row.cells.push("");
          row.cells[cell.column] = text;
        }
        cell = null;
      } else if (name === "row" && row) {
        // Empty rows (formatted, or left after deleting) are dropped here, so trailing ones cost nothing.
        if (row.cells.length) {
          if (rows.length > importLimits.rows) {
            throw new Refusal(`Werkblad “${sheetName}” heeft meer dan ${dutchNumber(importLimits.rows)} rijen met gegevens. Splits het in kleinere bestanden.`);
          }
          rows.push(row);
        }
        row = null;
      }
    },
  });
  return rows;
}

function cellText(cell: { type: string; value: string; inline: string }, strings: string[]): string {
  switch (cell.type) {
    case "s":
      return strings[Number(cell.value)] ?? "";
    case "inlineStr":
      return unescapeOoxml(cell.inline);
    case "b":
      return cell.value === "1" ? "ja" : cell.value === "0" ? "nee" : "";
    case "n":
      // Excel stores 6.5E-3 style numbers; everything else is already the shortest text of the number.
      return /e/i.test(cell.value) && Number.isFinite(Number(cell.value)) ? String(Number(cell.value)) : cell.value;
    default:
      return unescapeOoxml(cell.value);
  }
}

const wantedPart = (name: string) => /\.(xml|rels)$/i.test(name) && !/(^|\/)(media|theme|drawings|charts|printerSettings|customXml|embeddings)\//i.test(name);

/** The visible sheets of an .xlsx workbook as tables. Formulas are never calculated: a formula cell gives its stored value, as text. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadOutcome> {
  try {
    const parts = await unzipEntries(bytes, wantedPart);
    const { sheets: refs, sharedStrings: stringsPart } = workbookContents(parts);
    if (!refs.length) return { ok: false, message: "Dit bestand is geen Excel-werkmap met werkbladen. Sla het in Excel op als .xlsx of als CSV." };
    const strings = sharedStrings(stringsPart ? parts.get(stringsPart) : undefined);
    const tables: SheetTable[] = [];
    const notices: string[] = [];
    const formulas = { count: 0 };
    for (const ref of refs) {
      if (ref.hidden) {
        notices.push(`Het verborgen werkblad “${ref.name}” is overgeslagen.`);
        continue;
      }
      const table = tableOf(ref.name, sheetRows(parts.get(ref.part), strings, ref.name, formulas));
      if (table && tables.push(table) > importLimits.sheets)
        return { ok: false, message: `Deze Excel-werkmap heeft meer dan ${importLimits.sheets} werkbladen met gegevens.` };
    }
    if (formulas.count) {
      notices.push(
        `${formulas.count === 1 ? "Eén cel bevat" : `${dutchNumber(formulas.count)} cellen bevatten`} een formule: de waarde die Excel het laatst berekende is als tekst gebruikt. Formules worden nooit uitgerekend of overgenomen.`,
      );
    }
    return tables.length ? { ok: true, tables, notices } : { ok: false, message: "Deze Excel-werkmap is leeg." };
  } catch (error) {
    if (error instanceof Refusal || error instanceof UnzipRefusal) return { ok: false, message: error.message };
    if (error instanceof Error && /^\d+:\d+: /.test(error.message)) {
      return { ok: false, message: "Deze Excel-werkmap is beschadigd en kan niet worden gelezen. Open hem in Excel en sla hem opnieuw op." };
    }
    throw error;
  }
}
