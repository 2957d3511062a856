import { z } from "zod";
import { checkboxField } from "../forms/fields";
import { type ColumnMapping, type ImportField, importFieldKeys, importFields } from "./import-fields";

const importId = z
  .string({ error: "Dit voorbeeld bestaat niet (meer). Upload het bestand opnieuw." })
  .regex(/^[A-Za-z0-9_-]{32}$/, "Dit voorbeeld bestaat niet (meer). Upload het bestand opnieuw.");

/** Uploading: the file ("file", read by the action itself) and whether existing values are overwritten. */
export const uploadImportSchema = z.object({ overwrite: checkboxField });
export const uploadImportLabels = { file: "Bestand", overwrite: "Bestaande gegevens overschrijven" };
export const overwriteHint =
  "Zonder vinkje blijven ingevulde gegevens van mensen en gemeenten die de site al kent zoals ze zijn; alleen lege velden worden aangevuld.";

/** A new column mapping for the same file (the selects "kolom-<sheet>-<column>") and "overschrijven". */
export const mappingImportSchema = z.object({ importId, overwrite: checkboxField });

export const columnFieldName = (table: number, column: number) => `kolom-${table}-${column}`;
const columnChoice = z.union([z.literal(""), z.enum(importFieldKeys as [ImportField, ...ImportField[]])], { error: "Kies een veld uit de lijst." });

/**
 * The column selects of the mapping form as column mappings; a field chosen twice in one sheet is an error at the
 * second column (a participation year may have several columns).
 */
export function parseColumnMappings(formData: FormData, headers: string[][]): { mappings: ColumnMapping[] } | { fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  const mappings = headers.map((header, table) => {
    const seen = new Map<string, number>();
    return header.map((_name, column) => {
      const name = columnFieldName(table, column);
      const parsed = columnChoice.safeParse(formData.get(name) ?? "");
      if (!parsed.success) {
        fieldErrors[name] = parsed.error.issues[0]!.message;
        return "";
      }
      const field = parsed.data;
      if (field && field !== "municipality.participation" && seen.has(field)) {
        fieldErrors[name] = `“${importFields[field]}” is al gekozen voor kolom “${header[seen.get(field)!]}”.`;
      }
      if (field) seen.set(field, column);
      return field;
    });
  });
  return Object.keys(fieldErrors).length ? { fieldErrors } : { mappings };
}

export const confirmImportSchema = z.object({
  importId,
  fingerprint: z.string().regex(/^[a-f0-9]{64}$/, "Bekijk het voorbeeld opnieuw en bevestig dan."),
  welcome: checkboxField,
});

export const discardImportSchema = z.object({ importId });
