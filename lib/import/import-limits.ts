/** What an uploaded file may be at most: checked before (and while) it is read, so a hostile file costs little. */
export const importLimits = {
  /** Bytes of the uploaded file, checked before anything is read. */
  fileBytes: 10 * 1024 * 1024,
  /** Columns of a sheet; a wider row is refused before it is kept. */
  columns: 100,
  /** Rows with data in one sheet (empty rows don't count and trailing ones cost nothing). */
  rows: 20_000,
  /** Sheets of a workbook that are read. */
  sheets: 10,
  /** Entries of a workbook's zip file. */
  zipEntries: 1_000,
  /** Declared uncompressed bytes of all parts of a workbook together, checked before anything is unzipped. */
  unzippedBytes: 50 * 1024 * 1024,
  /** Compression ratio of one part above which it is taken for a zip bomb (XML compresses to about 1:10). */
  zipRatio: 200,
  /** A part smaller than this may compress better than zipRatio (a tiny sheet of empty rows). */
  zipRatioFrom: 1024 * 1024,
} as const;

/** 10485760 → "10 MB" */
export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** 20000 → "20.000" */
export const dutchNumber = (count: number) => count.toLocaleString("nl-NL");
