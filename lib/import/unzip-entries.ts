import yauzl from "yauzl";
import { importLimits, megabytes } from "./import-limits";

/** A workbook that is refused before (or while) it is unzipped, with the Dutch reason. */
export class UnzipRefusal extends Error {}

const NOT_A_WORKBOOK = "Dit bestand is geen geldige Excel-werkmap (.xlsx). Open het in Excel en sla het opnieuw op als .xlsx of als CSV.";
const SAVE_AGAIN = "Sla het opnieuw op als .xlsx of als CSV.";
const BOMB = `Deze Excel-werkmap pakt uit tot een veel groter bestand dan normaal en wordt daarom niet gelezen. ${SAVE_AGAIN}`;

type Entry = yauzl.Entry;

function open(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    // validateEntrySizes: yauzl stops a part that unpacks to more bytes than its header declares.
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true }, (error, zip) =>
      error ? reject(new UnzipRefusal(NOT_A_WORKBOOK)) : resolve(zip),
    ),
  );
}

function listEntries(zip: yauzl.ZipFile): Promise<Entry[]> {
  if (zip.entryCount > importLimits.zipEntries) return Promise.reject(new UnzipRefusal(NOT_A_WORKBOOK));
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on("entry", (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", () => reject(new UnzipRefusal(NOT_A_WORKBOOK)));
    zip.readEntry();
  });
}

/** The declared sizes, before anything is unzipped: no encrypted part, a sane ratio per part, a cap on the total. */
function checkDeclaredSizes(entries: Entry[]) {
  let total = 0;
  for (const entry of entries) {
    if (entry.isEncrypted()) throw new UnzipRefusal("Deze Excel-werkmap is met een wachtwoord beveiligd. Haal de beveiliging eraf en upload hem opnieuw.");
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > importLimits.zipRatioFrom && ratio > importLimits.zipRatio) throw new UnzipRefusal(BOMB);
  }
  if (total > importLimits.unzippedBytes) {
    throw new UnzipRefusal(
      `Deze Excel-werkmap pakt uit tot meer dan ${megabytes(importLimits.unzippedBytes)} en wordt daarom niet gelezen. ${BOMB.split(". ")[1]}`,
    );
  }
}

function readEntry(zip: yauzl.ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(new UnzipRefusal(NOT_A_WORKBOOK));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        // Also enforced by yauzl; kept here so the cap holds whatever the header says.
        if (size > entry.uncompressedSize) stream.destroy(new UnzipRefusal(BOMB));
        else chunks.push(chunk);
      });
      stream.on("error", (streamError) => reject(streamError instanceof UnzipRefusal ? streamError : new UnzipRefusal(BOMB)));
      stream.on("end", () => resolve(Buffer.concat(chunks, size)));
    });
  });
}

/**
 * The parts of a zip file whose names `wanted` accepts, unpacked. Every part's declared size is checked before
 * anything is unpacked, and no part may unpack to more than it declares: a zip bomb is refused, never inflated.
 */
export async function unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<Map<string, Buffer>> {
  const zip = await open(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    const entries = await listEntries(zip);
    checkDeclaredSizes(entries);
    const parts = new Map<string, Buffer>();
    for (const entry of entries) {
      if (wanted(entry.fileName) && !parts.has(entry.fileName)) parts.set(entry.fileName, await readEntry(zip, entry));
    }
    return parts;
  } finally {
    zip.close();
  }
}
