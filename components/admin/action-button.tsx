"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormAction } from "@/lib/auth/action-client";

type Props = {
  action: FormAction;
  hidden: Record<string, string>;
  label: string;
  /** The button's full name for screen readers where the visible label repeats in a list ("Omhoog: Opening"). */
  ariaLabel?: string;
  variant?: "primary" | "danger" | "secondary";
};

/** One button that runs an action on one record (approve, move up, end a position; on a public page: confirm a request), with its result announced. */
export function ActionButton({ action, hidden, label, ariaLabel, variant = "primary" }: Props) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="inline-block">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} variant={variant} ariaLabel={ariaLabel}>
        {label}
      </SubmitButton>
      {/* A record-level refusal (gone, not allowed) comes as the error of the hidden id field: show it here. */}
      <FormMessage state={state.fieldErrors ? { ...state, fieldErrors: undefined, message: Object.values(state.fieldErrors).join(" ") } : state} />
    </form>
  );
}
