"use client";

import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { useResetOnSuccess } from "@/components/forms/use-reset-on-success";
import { uploadDocumentAction } from "@/lib/documents/admin-actions";
import { uploadDocumentLabels } from "@/lib/documents/document-schema";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";

const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx";

/** Title and file; the server decides the type from the file's content. */
export function UploadDocumentForm({ meetingId, maxMb }: { meetingId: string; maxMb: number }) {
  const { state, pending, formProps } = useFormAction(uploadDocumentAction);
  const form = useResetOnSuccess(state);
  const { field } = fieldsOf(uploadDocumentLabels, state.status === "error" ? (state.values ?? {}) : {}, state.fieldErrors);
  return (
    <form ref={form} {...formProps} className="mt-4 max-w-xl">
      <FormFeedback state={state} labels={uploadDocumentLabels} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextField {...field("documentTitle")} maxLength={200} />
      <Field {...field("file")} hint={`PDF, Word, Excel of PowerPoint; hoogstens ${maxMb} MB.`}>
        {(control) => <input {...control} type="file" accept={ACCEPT} className={inputClass} />}
      </Field>
      <SubmitButton pending={pending}>Document uploaden</SubmitButton>
    </form>
  );
}
