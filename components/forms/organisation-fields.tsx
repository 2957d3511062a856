import { organisationTypeLabels } from "@/lib/members/sign-up-schema";
import { autofill, type PersonFieldProps } from "./person-fields";
import { RadioGroup } from "./radio-group";
import { TextField } from "./text-field";

/** Where the person works: a municipality, a ministry, the VNG or another organisation. */
export function OrganisationTypeField({ values, errors, label }: Pick<PersonFieldProps, "values" | "errors"> & { label: string }) {
  return (
    <RadioGroup
      name="organisationType"
      legend={label}
      options={Object.entries(organisationTypeLabels).map(([value, option]) => ({ value, label: option }))}
      defaultValue={values.organisationType}
      error={errors.organisationType}
    />
  );
}

/** The name of a ministry or other organisation (not a municipality's: that is chosen from a list). */
export function OrganisationNameField({ values, errors, label, hint, someoneElse }: Omit<PersonFieldProps, "name" | "label"> & { label: string }) {
  return (
    <TextField
      name="organisationName"
      label={label}
      hint={hint}
      autoComplete={autofill("organization", someoneElse)}
      defaultValue={values.organisationName}
      error={errors.organisationName}
      maxLength={120}
    />
  );
}
