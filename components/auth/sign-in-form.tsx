"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { EmailField, personFieldLabels } from "@/components/forms/person-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { requestSignInLinkAction } from "@/lib/auth/actions";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const { state, pending, formProps, values, errors } = useFormAction(requestSignInLinkAction);
  return (
    <form {...formProps} className="max-w-xl">
      <ErrorSummary fieldErrors={state.fieldErrors} labels={{ email: personFieldLabels.email }} />
      <FormMessage state={state} />
      <input type="hidden" name="terug" value={returnTo} />
      <EmailField values={values} errors={errors} hint="Het adres waarmee je bent aangemeld bij het netwerk." />
      <SubmitButton pending={pending}>Stuur mij een inloglink</SubmitButton>
    </form>
  );
}
