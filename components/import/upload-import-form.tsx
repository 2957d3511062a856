"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { uploadImportAction } from "@/lib/import/admin-actions";
import { uploadImportLabels } from "@/lib/import/import-schema";
import { FormFeedback } from "@/components/forms/form-feedback";

const ACCEPT = ".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

/** The file and "overschrijven"; the server reads it and shows a preview: nothing is saved yet. */
export function UploadImportForm({ maxMb }: { maxMb: number }) {
  const { state, pending, formProps, values } = useFormAction(uploadImportAction);
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={uploadImportLabels} />
      <Field
        name="file"
        label={uploadImportLabels.file}
        hint={`Een Excel-werkmap (.xlsx) of een CSV-bestand (met puntkomma's of komma's), hoogstens ${maxMb} MB.`}
        error={state.fieldErrors?.file}
      >
        {(describedBy, invalid) => (
          <input id="file" name="file" type="file" accept={ACCEPT} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass} />
        )}
      </Field>
      <CheckboxField
        name="overwrite"
        label={uploadImportLabels.overwrite}
        hint="Zonder vinkje blijven ingevulde gegevens van mensen en gemeenten die de site al kent zoals ze zijn; alleen lege velden worden aangevuld."
        defaultChecked={values.overwrite === "ja"}
        error={state.fieldErrors?.overwrite}
      />
      <SubmitButton pending={pending}>Bekijk wat er gebeurt</SubmitButton>
    </form>
  );
}
