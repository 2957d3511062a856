"use client";

import type { FormAction } from "@/lib/auth/action-client";
import { CheckboxField } from "./checkbox-field";
import { FormFeedback } from "./form-feedback";
import { SubmitButton } from "./submit-button";
import { useFormAction } from "./use-form-action";

type Props = {
  action: FormAction;
  /** What identifies the record, as hidden fields. */
  hidden: Record<string, string>;
  /** The checkbox that must be ticked ("Ja, …"); the error summary calls it "Bevestiging". */
  confirm: { name: string; label: string; hint: string };
  submit: string;
};

/** A step that cannot be undone takes a ticked confirmation, so one stray click does nothing. */
export function ConfirmForm({ action, hidden, confirm, submit }: Props) {
  const { state, pending, formProps, errors } = useFormAction(action);
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={{ [confirm.name]: "Bevestiging" }} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <CheckboxField {...confirm} error={errors[confirm.name]} />
      <SubmitButton pending={pending} variant="danger">
        {submit}
      </SubmitButton>
    </form>
  );
}
