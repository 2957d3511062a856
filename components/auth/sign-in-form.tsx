"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { requestSignInLinkAction } from "@/lib/auth/actions";
import { idleState } from "@/lib/forms/form-state";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const [state, formAction] = useActionState(requestSignInLinkAction, idleState);
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <ErrorSummary fieldErrors={state.fieldErrors} labels={{ email: "E-mailadres" }} />
      <FormMessage state={state} />
      <input type="hidden" name="terug" value={returnTo} />
      <TextField
        name="email"
        label="E-mailadres"
        type="email"
        autoComplete="email"
        hint="Het adres waarmee je bent aangemeld bij het netwerk."
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
        maxLength={254}
      />
      <SubmitButton>Stuur mij een inloglink</SubmitButton>
    </form>
  );
}
