"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { uploadImportAction } from "@/lib/import/admin-actions";
import { overwriteHint, uploadImportLabels } from "@/lib/import/import-schema";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";

const ACCEPT = ".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

/** The file and "overschrijven"; the server reads it and shows a preview: nothing is saved yet. */
export function UploadImportForm({ maxMb }: { maxMb: number }) {
  const { state, pending, formProps, values, errors } = useFormAction(uploadImportAction);
  const { field, checkbox } = fieldsOf(uploadImportLabels, values, errors);
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={uploadImportLabels} />
      <Field {...field("file")} hint={`Een Excel-werkmap (.xlsx) of een CSV-bestand (met puntkomma's of komma's), hoogstens ${maxMb} MB.`}>
        {(control) => <input {...control} type="file" accept={ACCEPT} className={inputClass} />}
      </Field>
      <CheckboxField {...checkbox("overwrite")} hint={overwriteHint} />
      <SubmitButton pending={pending}>Bekijk wat er gebeurt</SubmitButton>
    </form>
  );
}
