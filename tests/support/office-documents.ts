import PDFDocument from "pdfkit";
import { zipBytes } from "../integration/support/import-files";

/** A real PDF with one page per entry of `pages`, written by pdfkit. */
export async function pdfWithText(pages: string[]): Promise<Buffer> {
  const pdf = new PDFDocument({ autoFirstPage: false });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => pdf.on("end", resolve));
  for (const text of pages) pdf.addPage().text(text);
  pdf.end();
  await ended;
  return Buffer.concat(chunks);
}

const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${text}`);
const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");

function officePackage(mainPart: string, mainType: string, parts: { name: string; data: Buffer }[]): Buffer {
  const types = xml(
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${mainPart}" ContentType="${mainType}"/></Types>`,
  );
  const rels = xml(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainPart}"/></Relationships>`,
  );
  return zipBytes([{ name: "[Content_Types].xml", data: types }, { name: "_rels/.rels", data: rels }, ...parts]);
}

/** A Word document (.docx) with a paragraph per entry, each split over two runs as Word often does. */
export function docxWithParagraphs(paragraphs: string[]): Buffer {
  const body = paragraphs
    .map((text) => {
      const middle = Math.floor(text.length / 2);
      return `<w:p><w:r><w:t xml:space="preserve">${escape(text.slice(0, middle))}</w:t></w:r><w:r><w:t>${escape(text.slice(middle))}</w:t></w:r></w:p>`;
    })
    .join("");
  const document = xml(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return officePackage("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", [
    { name: "word/document.xml", data: document },
  ]);
}

/** A PowerPoint presentation (.pptx) with a slide per entry; slide 10 is stored before slide 2, as zip order may be. */
export function pptxWithSlides(slides: string[]): Buffer {
  const presentation = xml(`<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`);
  const slideParts = slides
    .map((text, index) => ({
      name: `ppt/slides/slide${index + 1}.xml`,
      data: xml(
        `<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${escape(text)}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`,
      ),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return officePackage("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", [
    { name: "ppt/presentation.xml", data: presentation },
    ...slideParts,
  ]);
}
