"use client";

import { JobTitleField, NameField, PhoneField, personFieldLabels } from "@/components/forms/person-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { updateProfileAction } from "@/lib/account/actions";
import { FormFeedback } from "@/components/forms/form-feedback";

type Props = { name: string; phone: string | null; jobTitle: string | null };

export function ProfileForm(profile: Props) {
  const { state, pending, formProps, errors } = useFormAction(updateProfileAction);
  const values = state.values ?? { name: profile.name, phone: profile.phone ?? "", jobTitle: profile.jobTitle ?? "" };
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={personFieldLabels} />
      <NameField values={values} errors={errors} />
      <PhoneField values={values} errors={errors} hint={null} />
      <JobTitleField values={values} errors={errors} />
      <SubmitButton pending={pending}>Gegevens opslaan</SubmitButton>
    </form>
  );
}
