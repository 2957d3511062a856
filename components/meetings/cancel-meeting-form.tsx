"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { cancelMeetingAction } from "@/lib/meetings/admin-actions";

/** Calling a meeting off takes a ticked confirmation, so one stray click does nothing. */
export function CancelMeetingForm({ meetingId }: { meetingId: string }) {
  const { state, pending, formProps } = useFormAction(cancelMeetingAction);
  return (
    <form {...formProps} className="max-w-xl">
      <ErrorSummary fieldErrors={state.fieldErrors} labels={{ confirmCancel: "Bevestiging" }} />
      <FormMessage state={state} />
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
