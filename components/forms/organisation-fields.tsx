import { organisationTypeLabels } from "@/lib/members/sign-up-schema";
import { type PersonFieldProps, personField } from "./person-fields";
import { RadioGroup } from "./radio-group";
import { TextField } from "./text-field";

const typeOptions = Object.entries(organisationTypeLabels).map(([value, label]) => ({ value, label }));

/** Where the person works: a municipality, a ministry, the VNG or another organisation. */
export function OrganisationTypeField({ values, errors, label }: Pick<PersonFieldProps, "values" | "errors"> & { label: string }) {
  return <RadioGroup name="organisationType" label={label} options={typeOptions} defaultValue={values.organisationType} error={errors.organisationType} />;
}

/** The name of a ministry or other organisation (not a municipality's: that is chosen from a list). */
export function OrganisationNameField({ label, ...props }: Omit<PersonFieldProps, "name" | "label"> & { label: string }) {
  return <TextField {...personField(props, "organisationName", label, "organization")} maxLength={120} />;
}
