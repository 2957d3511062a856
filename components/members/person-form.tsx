"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { OrganisationNameField, OrganisationTypeField } from "@/components/forms/organisation-fields";
import { EmailField, JobTitleField, NameField, PhoneField, personFieldLabels } from "@/components/forms/person-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { createPersonAction, updatePersonAction } from "@/lib/members/admin-actions";
import { roleLabels } from "@/lib/members/labels";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";

const labels = {
  ...personFieldLabels,
  organisationType: "Waar werkt deze persoon?",
  municipalityId: "Gemeente van deze persoon",
  organisationName: "Naam van de organisatie",
  role: "Rol",
  welcome: "Welkomstmail",
};

const roleOptions = Object.entries(roleLabels).map(([value, label]) => ({ value, label }));

type Props = {
  municipalities: { value: string; label: string }[];
  /** The saved details when editing; absent for a new person. */
  person?: Record<string, string> & { id: string };
};

/** Adding a person ("nieuw") or editing one (with `person`): one form, two actions. */
export function PersonForm({ municipalities, person }: Props) {
  const { state, pending, formProps, errors } = useFormAction(person ? updatePersonAction : createPersonAction);
  const values = state.values ?? person ?? { role: "MEMBER", organisationType: "MUNICIPALITY" };
  const { field, checkbox } = fieldsOf(labels, values, errors);
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={labels} />
      {person && <input type="hidden" name="id" value={person.id} />}
      <NameField values={values} errors={errors} someoneElse />
      <EmailField values={values} errors={errors} someoneElse />
      <PhoneField values={values} errors={errors} someoneElse />
      <JobTitleField values={values} errors={errors} optional someoneElse />
      <OrganisationTypeField values={values} errors={errors} label={labels.organisationType} />
      <SelectField {...field("municipalityId")} hint="Alleen bij een gemeente." placeholder="Kies een gemeente" options={municipalities} />
      <OrganisationNameField
        values={values}
        errors={errors}
        label={labels.organisationName}
        hint="Alleen bij een ministerie of andere organisatie, bijvoorbeeld: Ministerie van VWS."
        someoneElse
      />
      <SelectField
        {...field("role")}
        hint="Adressen in ADMIN_EMAILS zijn altijd secretaris. Bij een herstart van de site zijn alleen die adressen secretaris."
        placeholder="Kies een rol"
        options={roleOptions}
      />
      {!person && <CheckboxField {...checkbox("welcome")} label="Stuur een welkomstmail met een inloglink" hint="De link werkt één keer en 24 uur lang." />}
      <SubmitButton pending={pending}>{person ? "Gegevens opslaan" : "Persoon toevoegen"}</SubmitButton>
    </form>
  );
}
