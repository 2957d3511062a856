import { SaxesParser } from "saxes";
import { extractText, getDocumentProxy } from "unpdf";
import { unzipEntries } from "../import/unzip-entries";
import type { DocumentExtension } from "./document-types";

/** What search keeps of a document's words: enough for any report, well within PostgreSQL's limit for one tsvector. */
export const MAX_DOCUMENT_TEXT = 100_000;

/** The parts of an Office Open XML file that hold its words, in reading order. */
const wordParts: Partial<Record<DocumentExtension, (name: string) => boolean>> = {
  docx: (name) => name === "word/document.xml",
  pptx: (name) => /^ppt\/slides\/slide\d+\.xml$/.test(name),
  xlsx: (name) => name === "xl/sharedStrings.xml",
};

const slideNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);

/**
 * A document's words for the site search, read once on upload: PDF with unpdf (Mozilla's pdf.js, built for
 * servers); Word, PowerPoint and Excel (.docx, .pptx, .xlsx) from their XML, unzipped with the same zip-bomb
 * checks as the import. The old binary Office formats (.doc, .ppt, .xls) have no words read: they are found by
 * their title. `null` when nothing could be read; a document that cannot be read is still stored.
 */
export async function extractDocumentText(extension: DocumentExtension, bytes: Uint8Array): Promise<string | null> {
  try {
    const text = extension === "pdf" ? await pdfText(bytes) : await officeText(extension, bytes);
    // NUL cannot be stored in a text column, and the other control characters would only get in the way.
    const clean = text
      ?.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]+/g, " ")
      .replace(/[ \t]+/g, " ")
      .trim();
    return clean ? clean.slice(0, MAX_DOCUMENT_TEXT) : null;
  } catch {
    return null;
  }
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  // pdf.js takes the buffer over; a copy keeps the caller's bytes intact for storing.
  const pdf = await getDocumentProxy(bytes.slice());
  try {
    return (await extractText(pdf, { mergePages: true })).text;
  } finally {
    await pdf.destroy();
  }
}

async function officeText(extension: DocumentExtension, bytes: Uint8Array): Promise<string | null> {
  const wanted = wordParts[extension];
  if (!wanted) return null;
  const parts = await unzipEntries(bytes, wanted);
  const names = [...parts.keys()].sort((a, b) => slideNumber(a) - slideNumber(b));
  return names.map((name) => xmlWords(parts.get(name)!)).join("");
}

/** The text of every <…:t> element, a line per paragraph (<…:p>, or a shared string <si>). No DOCTYPE is accepted. */
function xmlWords(xml: Buffer): string {
  const parser = new SaxesParser();
  let words = "";
  let inText = false;
  const localName = (name: string) => name.slice(name.indexOf(":") + 1);
  parser.on("doctype", () => {
    throw new Error("DOCTYPE in an Office document");
  });
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    if (localName(tag.name) === "t") inText = true;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (name === "t") inText = false;
    else if (name === "p" || name === "si") words += "\n";
  });
  parser.on("text", (text) => {
    if (inText) words += text;
  });
  parser.write(xml.toString("utf8")).close();
  return words;
}
