"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { deleteAccountAction } from "@/lib/account/actions";

export function DeleteAccountForm() {
  const { state, pending, formProps } = useFormAction(deleteAccountAction);
  const error = state.fieldErrors?.confirm;
  return (
    <form {...formProps} className="max-w-xl">
      <ErrorSummary fieldErrors={state.fieldErrors} labels={{ confirm: "Bevestiging" }} />
      <FormMessage state={state} />
      {error && (
        <p id="confirm-error" className="mb-2 font-semibold text-red-800">
          <span className="sr-only">Fout: </span>
          {error}
        </p>
      )}
      <div className="mb-4 flex items-start gap-2">
        <input
          id="confirm"
          name="confirm"
          type="checkbox"
          value="ja"
          className="mt-1.5 h-5 w-5"
          aria-describedby={error ? "confirm-error" : undefined}
          aria-invalid={error ? true : undefined}
        />
        <label htmlFor="confirm">Ik wil mijn account en al mijn gegevens definitief verwijderen.</label>
      </div>
      <SubmitButton pending={pending} variant="danger">
        Verwijder mijn account
      </SubmitButton>
    </form>
  );
}
