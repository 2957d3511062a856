"use client";

import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { useResetOnSuccess } from "@/components/forms/use-reset-on-success";
import { addAgendaItemAction } from "@/lib/meetings/admin-actions";
import { addAgendaItemLabels } from "@/lib/meetings/agenda-item-schema";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";

/** Adds a topic at the end of the programme; empties itself after success. */
export function AgendaItemForm({ meetingId }: { meetingId: string }) {
  const { state, pending, formProps } = useFormAction(addAgendaItemAction);
  const form = useResetOnSuccess(state);
  const { field } = fieldsOf(addAgendaItemLabels, state.status === "error" ? (state.values ?? {}) : {}, state.fieldErrors);
  return (
    <form ref={form} {...formProps} className="mt-4 max-w-xl">
      <FormFeedback state={state} labels={addAgendaItemLabels} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextField {...field("itemTitle")} maxLength={200} />
      <TextField {...field("itemSpeaker")} optional maxLength={200} />
      <SubmitButton pending={pending}>Agendapunt toevoegen</SubmitButton>
    </form>
  );
}
