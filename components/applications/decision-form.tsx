"use client";

import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { decideApplicationAction } from "@/lib/members/application-actions";
import { NEW_MUNICIPALITY } from "@/lib/members/decide-application-schema";
import { FormFeedback } from "@/components/forms/form-feedback";

type Props = {
  applicationId: string;
  /** The municipality name the applicant typed in, when it was not in the list. */
  typedMunicipality: string | null;
  municipalities: { value: string; label: string }[];
};

const labels = {
  applicationId: "Aanmelding",
  decision: "Besluit",
  municipalityId: "Gemeente",
  newMunicipalityName: "Naam van de nieuwe gemeente",
  message: "Bericht aan de aanvrager",
};

export function DecisionForm({ applicationId, typedMunicipality, municipalities }: Props) {
  const { state, pending, formProps, values, errors } = useFormAction(decideApplicationAction);
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={labels} />
      <input type="hidden" name="applicationId" value={applicationId} />
      {errors.decision && (
        <p id="decision" className="mb-4 font-semibold text-red-800">
          <span className="sr-only">Fout: </span>
          {errors.decision}
        </p>
      )}
      {typedMunicipality && (
        <>
          <SelectField
            name="municipalityId"
            label={labels.municipalityId}
            hint={`De aanvrager vulde “${typedMunicipality}” in. Kies een bestaande gemeente, of maak een nieuwe aan. Nodig bij goedkeuren.`}
            placeholder="Kies een gemeente"
            options={[{ value: NEW_MUNICIPALITY, label: `Nieuwe gemeente aanmaken` }, ...municipalities]}
            defaultValue={values.municipalityId}
            error={errors.municipalityId}
          />
          <TextField
            name="newMunicipalityName"
            label={labels.newMunicipalityName}
            hint="Alleen bij een nieuwe gemeente. Verbeter de naam als hij niet goed gespeld is."
            defaultValue={values.newMunicipalityName ?? typedMunicipality}
            error={errors.newMunicipalityName}
            maxLength={80}
          />
        </>
      )}
      <TextArea
        name="message"
        label={labels.message}
        optional
        hint="Komt in de e-mail met je besluit."
        defaultValue={values.message}
        error={errors.message}
        maxLength={1000}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} name="decision" value="approve">
          Aanmelding goedkeuren
        </SubmitButton>
        <SubmitButton pending={pending} name="decision" value="reject" variant="danger">
          Aanmelding afwijzen
        </SubmitButton>
      </div>
    </form>
  );
}
