"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { updateImportMappingAction } from "@/lib/import/admin-actions";
import { type ImportField, importFieldKeys, importFields } from "@/lib/import/import-fields";
import { columnFieldName, overwriteHint, uploadImportLabels } from "@/lib/import/import-schema";
import type { MappingTableView } from "@/lib/import/load-import-page";
import { columnLetter } from "@/lib/import/sheet-table";
import { FormFeedback } from "@/components/forms/form-feedback";

const kindText = { people: "mensen", municipalities: "gemeenten", unknown: "wordt overgeslagen" } as const;
const groups = [
  ["Persoon", importFieldKeys.filter((field) => field.startsWith("person."))],
  ["Gemeente", importFieldKeys.filter((field) => field.startsWith("municipality."))],
] as const;
const optionText = (field: ImportField) => importFields[field].replace(/^(Persoon|Gemeente): /, "");

type Props = { importId: string; overwrite: boolean; tables: MappingTableView[] };

/** Which field each column of each sheet fills, as recognised from the headers, and "overschrijven": changing them renews the preview. */
export function ColumnMappingForm({ importId, overwrite, tables }: Props) {
  const { state, pending, formProps } = useFormAction(updateImportMappingAction);
  const labels: Record<string, string> = { overwrite: uploadImportLabels.overwrite };
  tables.forEach((table, tableIndex) =>
    table.columns.forEach((column, columnIndex) => {
      labels[columnFieldName(tableIndex, columnIndex)] = `Werkblad “${table.name}”, kolom ${columnLetter(columnIndex)} (“${column.header}”)`;
    }),
  );
  return (
    <form {...formProps}>
      <FormFeedback state={state} labels={labels} />
      <input type="hidden" name="importId" value={importId} />
      {tables.map((table, tableIndex) => (
        <fieldset key={table.name} className="mb-6 rounded border border-neutral-300 p-4">
          <legend className="px-1 font-semibold">
            Werkblad “{table.name}”: {table.rows} {table.rows === 1 ? "rij" : "rijen"}, {kindText[table.kind]}
          </legend>
          <div className="grid gap-x-6 sm:grid-cols-2">
            {table.columns.map((column, columnIndex) => {
              const name = columnFieldName(tableIndex, columnIndex);
              return (
                <Field
                  key={name}
                  name={name}
                  label={`Kolom ${columnLetter(columnIndex)}: “${column.header || "zonder kop"}”`}
                  hint={column.example ? `Bijvoorbeeld: ${column.example}` : "Leeg in het bestand"}
                  error={state.fieldErrors?.[name]}
                >
                  {(control) => (
                    <select {...control} defaultValue={column.field} className={inputClass}>
                      <option value="">Niet importeren</option>
                      {groups.map(([group, fields]) => (
                        <optgroup key={group} label={group}>
                          {fields.map((field) => (
                            <option key={field} value={field}>
                              {optionText(field)}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                  )}
                </Field>
              );
            })}
          </div>
        </fieldset>
      ))}
      <CheckboxField
        name="overwrite"
        label={uploadImportLabels.overwrite}
        hint={overwriteHint}
        defaultChecked={overwrite}
        error={state.fieldErrors?.overwrite}
      />
      <SubmitButton pending={pending} variant="secondary">
        Voorbeeld bijwerken
      </SubmitButton>
    </form>
  );
}
