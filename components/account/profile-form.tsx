"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { updateProfileAction } from "@/lib/account/actions";
import { idleState } from "@/lib/forms/form-state";

type Props = { name: string; phone: string | null; jobTitle: string | null };

export function ProfileForm(profile: Props) {
  const [state, formAction] = useActionState(updateProfileAction, idleState);
  const values = state.values ?? { name: profile.name, phone: profile.phone ?? "", jobTitle: profile.jobTitle ?? "" };
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <ErrorSummary fieldErrors={state.fieldErrors} labels={{ name: "Naam", phone: "Telefoonnummer", jobTitle: "Functie" }} />
      <FormMessage state={state} />
      <TextField name="name" label="Naam" autoComplete="name" defaultValue={values.name} error={state.fieldErrors?.name} maxLength={100} />
      <TextField name="phone" label="Telefoonnummer" type="tel" autoComplete="tel" optional defaultValue={values.phone} error={state.fieldErrors?.phone} maxLength={20} />
      <TextField name="jobTitle" label="Functie" autoComplete="organization-title" defaultValue={values.jobTitle} error={state.fieldErrors?.jobTitle} maxLength={100} />
      <SubmitButton>Gegevens opslaan</SubmitButton>
    </form>
  );
}
