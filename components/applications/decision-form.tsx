"use client";

import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { decideApplicationAction } from "@/lib/members/application-actions";
import { NEW_MUNICIPALITY } from "@/lib/members/decide-application-schema";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";
import { FieldError } from "@/components/forms/field";

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
  const { field } = fieldsOf(labels, values, errors);
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={labels} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <FieldError id="decision" error={errors.decision} className="mb-4" />
      {typedMunicipality && (
        <>
          <SelectField
            {...field("municipalityId")}
            hint={`De aanvrager vulde “${typedMunicipality}” in. Kies een bestaande gemeente, of maak een nieuwe aan. Nodig bij goedkeuren.`}
            placeholder="Kies een gemeente"
            options={[{ value: NEW_MUNICIPALITY, label: `Nieuwe gemeente aanmaken` }, ...municipalities]}
          />
          <TextField
            {...field("newMunicipalityName")}
            hint="Alleen bij een nieuwe gemeente. Verbeter de naam als hij niet goed gespeld is."
            defaultValue={values.newMunicipalityName ?? typedMunicipality}
            maxLength={80}
          />
        </>
      )}
      <TextArea {...field("message")} optional hint="Komt in de e-mail met je besluit." maxLength={1000} />
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
