"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { RadioGroup } from "@/components/forms/radio-group";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { signUpAction } from "@/lib/members/actions";
import { NEW_MUNICIPALITY, organisationTypeLabels, participationLabels } from "@/lib/members/sign-up-schema";

type Props = {
  submissionId: string;
  municipalities: { value: string; label: string }[];
  meetings: { value: string; label: string }[];
  feeText: string;
};

const labels = {
  name: "Naam",
  email: "E-mailadres op het werk",
  phone: "Telefoonnummer",
  jobTitle: "Functie",
  organisationType: "Waar werk je?",
  municipalityId: "Je gemeente",
  newMunicipality: "Naam van je gemeente",
  organisationName: "Naam van je organisatie",
  participation: "Hoe wil je meedoen?",
  meetingId: "Bijeenkomst",
};

export function SignUpForm({ submissionId, municipalities, meetings, feeText }: Props) {
  const { state, pending, formProps } = useFormAction(signUpAction);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form {...formProps} className="max-w-xl">
      <ErrorSummary fieldErrors={state.fieldErrors} labels={labels} />
      <FormMessage state={state} />
      <input type="hidden" name="submissionId" value={values.submissionId ?? submissionId} />

      <h2 className="mb-4 text-xl">Over jou</h2>
      <TextField name="name" label={labels.name} autoComplete="name" defaultValue={values.name} error={errors.name} maxLength={100} />
      <TextField
        name="email"
        label={labels.email}
        type="email"
        autoComplete="email"
        hint="Hierheen sturen we de bevestiging en later je inloglinks."
        defaultValue={values.email}
        error={errors.email}
        maxLength={254}
      />
      <TextField
        name="phone"
        label={labels.phone}
        type="tel"
        autoComplete="tel"
        optional
        hint="Bijvoorbeeld 06-12 34 56 78."
        defaultValue={values.phone}
        error={errors.phone}
        maxLength={20}
      />
      <TextField
        name="jobTitle"
        label={labels.jobTitle}
        autoComplete="organization-title"
        hint="Bijvoorbeeld: strategisch beleidsadviseur sociaal domein."
        defaultValue={values.jobTitle}
        error={errors.jobTitle}
        maxLength={100}
      />

      <h2 className="mb-4 mt-8 text-xl">Je organisatie</h2>
      <RadioGroup
        name="organisationType"
        legend={labels.organisationType}
        options={Object.entries(organisationTypeLabels).map(([value, label]) => ({ value, label }))}
        defaultValue={values.organisationType}
        error={errors.organisationType}
      />
      <SelectField
        name="municipalityId"
        label={labels.municipalityId}
        hint="Alleen als je bij een gemeente werkt."
        placeholder="Kies je gemeente"
        options={[...municipalities, { value: NEW_MUNICIPALITY, label: "Mijn gemeente staat er niet bij" }]}
        defaultValue={values.municipalityId}
        error={errors.municipalityId}
      />
      <TextField
        name="newMunicipality"
        label={labels.newMunicipality}
        hint="Alleen als je gemeente niet in de lijst staat."
        defaultValue={values.newMunicipality}
        error={errors.newMunicipality}
        maxLength={80}
      />
      <TextField
        name="organisationName"
        label={labels.organisationName}
        hint="Alleen voor een ministerie of andere organisatie, bijvoorbeeld: Ministerie van VWS."
        autoComplete="organization"
        defaultValue={values.organisationName}
        error={errors.organisationName}
        maxLength={120}
      />

      <h2 className="mb-4 mt-8 text-xl">Meedoen</h2>
      <RadioGroup
        name="participation"
        legend={labels.participation}
        options={[
          { value: "ONE_MEETING", label: participationLabels.ONE_MEETING, hint: "Je komt als gast naar één bijeenkomst." },
          {
            value: "THIS_YEAR",
            label: participationLabels.THIS_YEAR,
            hint: `Je doet het hele jaar mee. Je gemeente betaalt ${feeText} per jaar, voor alle collega’s samen.`,
          },
        ]}
        defaultValue={values.participation}
        error={errors.participation}
      />
      <SelectField
        name="meetingId"
        label={labels.meetingId}
        hint="Alleen als je een keer meedoet."
        placeholder="Kies een bijeenkomst"
        options={meetings}
        defaultValue={values.meetingId}
        error={errors.meetingId}
      />
      <SubmitButton pending={pending}>Meld je aan</SubmitButton>
    </form>
  );
}
