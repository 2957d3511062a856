"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { JobTitleField, NameField, PhoneField, personFieldLabels } from "@/components/forms/person-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { updateProfileAction } from "@/lib/account/actions";

type Props = { name: string; phone: string | null; jobTitle: string | null };

export function ProfileForm(profile: Props) {
  const { state, pending, formProps } = useFormAction(updateProfileAction);
  const values = state.values ?? { name: profile.name, phone: profile.phone ?? "", jobTitle: profile.jobTitle ?? "" };
  const errors = state.fieldErrors ?? {};
  return (
    <form {...formProps} className="max-w-xl">
      <ErrorSummary fieldErrors={state.fieldErrors} labels={personFieldLabels} />
      <FormMessage state={state} />
      <NameField values={values} errors={errors} />
      <PhoneField values={values} errors={errors} hint={null} />
      <JobTitleField values={values} errors={errors} />
      <SubmitButton pending={pending}>Gegevens opslaan</SubmitButton>
    </form>
  );
}
