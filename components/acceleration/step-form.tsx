"use client";

import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useFormAction } from "@/components/forms/use-form-action";
import { moveAccelerationRequestAction } from "@/lib/acceleration/admin-actions";
import { accelerationStepButtons } from "@/lib/acceleration/labels";
import type { AccelerationStep } from "@/lib/acceleration/status-steps";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";

const labels = { note: "Bericht aan de aanvrager" };

/** The secretary's next step with a request: one button per step the status allows, with the note that is mailed. */
export function AccelerationStepForm({ requestId, steps }: { requestId: string; steps: AccelerationStep[] }) {
  const { state, pending, formProps, values, errors } = useFormAction(moveAccelerationRequestAction);
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={labels} />
      <input type="hidden" name="id" value={requestId} />
      <TextArea
        {...fieldsOf(labels, values, errors).field("note")}
        hint="Komt in de e-mail aan de aanvrager: bijvoorbeeld wanneer het intakegesprek is, of waarom de aanvraag wordt afgewezen."
        maxLength={2000}
        rows={5}
      />
      <div className="flex flex-wrap gap-3">
        {steps.map((step) => (
          <SubmitButton key={step} pending={pending} name="step" value={step} variant={step === "decline" ? "danger" : "primary"}>
            {accelerationStepButtons[step]}
          </SubmitButton>
        ))}
      </div>
    </form>
  );
}
