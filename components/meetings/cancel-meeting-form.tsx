"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { cancelMeetingAction } from "@/lib/meetings/admin-actions";

/** Calling a meeting off takes a ticked confirmation, so one stray click does nothing. */
export function CancelMeetingForm({ meetingId }: { meetingId: string }) {
  const { state, pending, formProps } = useFormAction(cancelMeetingAction);
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={{ confirmCancel: "Bevestiging" }} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <CheckboxField
        name="confirmCancel"
        label="Ja, ik wil deze bijeenkomst afgelasten"
        hint="De bijeenkomst blijft in de agenda staan, gemarkeerd als afgelast. Dit kun je hier niet terugdraaien."
        error={state.fieldErrors?.confirmCancel}
      />
      <SubmitButton pending={pending} variant="danger">
        Bijeenkomst afgelasten
      </SubmitButton>
    </form>
  );
}
