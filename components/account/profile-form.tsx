"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { updateProfileAction } from "@/lib/account/actions";

type Props = { name: string; phone: string | null; jobTitle: string | null };

export function ProfileForm(profile: Props) {
  const { state, pending, formProps } = useFormAction(updateProfileAction);
  const values = state.values ?? { name: profile.name, phone: profile.phone ?? "", jobTitle: profile.jobTitle ?? "" };
  return (
    <form {...formProps} className="max-w-xl">
      <ErrorSummary fieldErrors={state.fieldErrors} labels={{ name: "Naam", phone: "Telefoonnummer", jobTitle: "Functie" }} />
      <FormMessage state={state} />
      <TextField name="name" label="Naam" autoComplete="name" defaultValue={values.name} error={state.fieldErrors?.name} maxLength={100} />
      <TextField
        name="phone"
        label="Telefoonnummer"
        type="tel"
        autoComplete="tel"
        optional
        defaultValue={values.phone}
        error={state.fieldErrors?.phone}
        maxLength={20}
      />
      <TextField
        name="jobTitle"
        label="Functie"
        autoComplete="organization-title"
        defaultValue={values.jobTitle}
        error={state.fieldErrors?.jobTitle}
        maxLength={100}
      />
      <SubmitButton pending={pending}>Gegevens opslaan</SubmitButton>
    </form>
  );
}
