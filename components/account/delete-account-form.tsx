"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { deleteAccountAction } from "@/lib/account/actions";
import { idleState } from "@/lib/forms/form-state";

export function DeleteAccountForm() {
  const [state, formAction, pending] = useActionState(deleteAccountAction, idleState);
  const error = state.fieldErrors?.confirm;
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <ErrorSummary fieldErrors={state.fieldErrors} labels={{ confirm: "Bevestiging" }} />
      <FormMessage state={state} />
      {error && (
        <p id="confirm-error" className="mb-2 font-semibold text-red-800">
          <span className="sr-only">Fout: </span>
          {error}
        </p>
      )}
      <div className="mb-4 flex items-start gap-2">
        <input id="confirm" name="confirm" type="checkbox" value="ja" className="mt-1.5 h-5 w-5" aria-describedby={error ? "confirm-error" : undefined} aria-invalid={error ? true : undefined} />
        <label htmlFor="confirm">Ik wil mijn account en al mijn gegevens definitief verwijderen.</label>
      </div>
      <button type="submit" disabled={pending} className="cursor-pointer rounded bg-red-800 px-5 py-3 font-semibold text-white hover:bg-red-900 disabled:opacity-70">
        Verwijder mijn account
      </button>
    </form>
  );
}
