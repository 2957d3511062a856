"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { mergePeopleAction } from "@/lib/members/admin-actions";
import { mergePeopleLabels } from "@/lib/members/merge-people-schema";
import { FormFeedback } from "@/components/forms/form-feedback";

/** Merging takes a ticked confirmation, so one stray click removes nobody. */
export function MergePersonForm({ keepId, mergeId }: { keepId: string; mergeId: string }) {
  const { state, pending, formProps } = useFormAction(mergePeopleAction);
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={mergePeopleLabels} />
      <input type="hidden" name="keepId" value={keepId} />
      <input type="hidden" name="mergeId" value={mergeId} />
      <CheckboxField
        name="confirmMerge"
        label="Ja, voeg samen"
        hint="De andere persoon verdwijnt en alles hierboven gaat over. Dit kun je niet terugdraaien."
        error={state.fieldErrors?.confirmMerge}
      />
      <SubmitButton pending={pending} variant="danger">
        Voeg samen
      </SubmitButton>
    </form>
  );
}
