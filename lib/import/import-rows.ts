import type { OrganisationType, PositionRole } from "../db/generated/enums";

export type RowRef = { sheet: string; row: number };
export type Problem = RowRef & { column: string | null; message: string };

export type MunicipalityValues = {
  name?: string;
  cbsCode?: string;
  invoiceContactName?: string;
  invoiceContactEmail?: string;
  invoiceStreet?: string;
  invoicePostcode?: string;
  invoiceCity?: string;
  purchaseOrderNumber?: string;
  oin?: string;
};
/** A municipality as the file gives it; a value left empty in the file is absent (it changes nothing). */
export type MunicipalityRow = {
  ref: RowRef;
  values: MunicipalityValues;
  years: number[];
  columns: Partial<Record<keyof MunicipalityValues | "years", string>>;
};

export type PersonValues = {
  name: string;
  email: string;
  phone?: string;
  jobTitle?: string;
  organisationType: OrganisationType;
  municipality?: string;
  organisationName?: string;
  kernclubRole: PositionRole | null;
};
export type PersonRow = { ref: RowRef; values: PersonValues; columns: Partial<Record<keyof PersonValues, string>> };

/** One row of the file: a person (perhaps with their municipality's details) or a municipality, or the problems that keep it out. */
export type RowResult = {
  ref: RowRef;
  kind: "person" | "municipality";
  label: string;
  problems: Problem[];
  person?: PersonRow;
  municipality?: MunicipalityRow;
};

export type ImportRows = { rows: RowResult[]; sheetNotices: string[] };
