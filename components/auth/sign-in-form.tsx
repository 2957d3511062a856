"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { requestSignInLinkAction } from "@/lib/auth/actions";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const { state, pending, formProps } = useFormAction(requestSignInLinkAction);
  return (
    <form {...formProps} className="max-w-xl">
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
      <SubmitButton pending={pending}>Stuur mij een inloglink</SubmitButton>
    </form>
  );
}
