"use client";

import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { useResetOnSuccess } from "@/components/forms/use-reset-on-success";
import { uploadDocumentAction } from "@/lib/documents/admin-actions";
import { uploadDocumentLabels } from "@/lib/documents/document-schema";
import { FormFeedback } from "@/components/forms/form-feedback";
import { ThemeChoice } from "@/components/themes/theme-choice";
import type { ThemeOption } from "@/lib/themes/queries";
import { fieldsOf } from "@/components/forms/fields-of";

const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx";

/** Title, file and the document's own themes; the server decides the type from the file's content. */
export function UploadDocumentForm({ meetingId, maxMb, themes }: { meetingId: string; maxMb: number; themes: ThemeOption[] }) {
  const { state, pending, formProps } = useFormAction(uploadDocumentAction);
  const form = useResetOnSuccess(state);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const { field } = fieldsOf(uploadDocumentLabels, values, state.fieldErrors);
  return (
    <form ref={form} {...formProps} className="mt-4 max-w-xl">
      <FormFeedback state={state} labels={uploadDocumentLabels} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextField {...field("documentTitle")} maxLength={200} />
      <Field {...field("file")} hint={`PDF, Word, Excel of PowerPoint; hoogstens ${maxMb} MB.`}>
        {(control) => <input {...control} type="file" accept={ACCEPT} className={inputClass} />}
      </Field>
      <ThemeChoice
        options={themes}
        selected={values.themeIds ?? ""}
        error={state.fieldErrors?.themeIds}
        hint="Het document staat al bij de thema's van de bijeenkomst; kies hier wat het daarnaast behandelt."
      />
      <SubmitButton pending={pending}>Document uploaden</SubmitButton>
    </form>
  );
}
