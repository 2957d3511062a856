"use client";

import { OrganisationNameField, OrganisationTypeField } from "@/components/forms/organisation-fields";
import { EmailField, JobTitleField, NameField, PhoneField, personFieldLabels } from "@/components/forms/person-fields";
import { RadioGroup } from "@/components/forms/radio-group";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { signUpAction } from "@/lib/members/actions";
import { NEW_MUNICIPALITY, participationLabels } from "@/lib/members/sign-up-schema";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";

type Props = {
  submissionId: string;
  municipalities: { value: string; label: string }[];
  meetings: { value: string; label: string }[];
  feeText: string;
};

const labels = {
  ...personFieldLabels,
  email: "E-mailadres op het werk",
  organisationType: "Waar werk je?",
  municipalityId: "Je gemeente",
  newMunicipality: "Naam van je gemeente",
  organisationName: "Naam van je organisatie",
  participation: "Hoe wil je meedoen?",
  meetingId: "Bijeenkomst",
};

export function SignUpForm({ submissionId, municipalities, meetings, feeText }: Props) {
  const { state, pending, formProps, values, errors } = useFormAction(signUpAction);
  const { field } = fieldsOf(labels, values, errors);
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={labels} />
      <input type="hidden" name="submissionId" value={values.submissionId ?? submissionId} />

      <h2 className="mb-4 text-xl">Over jou</h2>
      <NameField values={values} errors={errors} />
      <EmailField values={values} errors={errors} label={labels.email} hint="Hierheen sturen we de bevestiging en later je inloglinks." />
      <PhoneField values={values} errors={errors} />
      <JobTitleField values={values} errors={errors} hint="Bijvoorbeeld: strategisch beleidsadviseur sociaal domein." />

      <h2 className="mb-4 mt-8 text-xl">Je organisatie</h2>
      <OrganisationTypeField values={values} errors={errors} label={labels.organisationType} />
      <SelectField
        {...field("municipalityId")}
        hint="Alleen als je bij een gemeente werkt."
        placeholder="Kies je gemeente"
        options={[...municipalities, { value: NEW_MUNICIPALITY, label: "Mijn gemeente staat er niet bij" }]}
      />
      <TextField {...field("newMunicipality")} hint="Alleen als je gemeente niet in de lijst staat." maxLength={80} />
      <OrganisationNameField
        values={values}
        errors={errors}
        label={labels.organisationName}
        hint="Alleen voor een ministerie of andere organisatie, bijvoorbeeld: Ministerie van VWS."
      />

      <h2 className="mb-4 mt-8 text-xl">Meedoen</h2>
      <RadioGroup
        {...field("participation")}
        options={[
          { value: "ONE_MEETING", label: participationLabels.ONE_MEETING, hint: "Je komt als gast naar één bijeenkomst." },
          {
            value: "THIS_YEAR",
            label: participationLabels.THIS_YEAR,
            hint: `Je doet het hele jaar mee. Werk je bij een gemeente, dan betaalt je gemeente ${feeText} per jaar, voor alle collega’s samen.`,
          },
        ]}
      />
      <SelectField {...field("meetingId")} hint="Alleen als je een keer meedoet." placeholder="Kies een bijeenkomst" options={meetings} />
      <SubmitButton pending={pending}>Meld je aan</SubmitButton>
    </form>
  );
}
