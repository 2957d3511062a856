import { TextField } from "./text-field";

/** The default labels of the fields below, for a form's error summary. */
export const personFieldLabels = { name: "Naam", email: "E-mailadres", phone: "Telefoonnummer", jobTitle: "Functie" };

const PHONE_EXAMPLE = "Bijvoorbeeld 06-12 34 56 78.";

export type PersonFieldProps = {
  /** What was submitted, and the messages per field, as in the form's state. */
  values: Record<string, string>;
  errors: Record<string, string>;
  name?: string;
  label?: string;
  hint?: string;
  /** The secretary types in someone else's details: the browser must not fill in the secretary's own. */
  someoneElse?: boolean;
};

/** The browser's autofill token, unless the details are someone else's. */
export const autofill = (token: string, someoneElse?: boolean) => (someoneElse ? "off" : token);

export function NameField({ values, errors, name = "name", label = personFieldLabels.name, hint, someoneElse }: PersonFieldProps) {
  return (
    <TextField
      name={name}
      label={label}
      hint={hint}
      autoComplete={autofill("name", someoneElse)}
      defaultValue={values[name]}
      error={errors[name]}
      maxLength={100}
    />
  );
}

export function EmailField({ values, errors, name = "email", label = personFieldLabels.email, hint, someoneElse }: PersonFieldProps) {
  return (
    <TextField
      name={name}
      label={label}
      type="email"
      hint={hint}
      autoComplete={autofill("email", someoneElse)}
      defaultValue={values[name]}
      error={errors[name]}
      maxLength={254}
    />
  );
}

/** Optional; shows an example number unless `hint` is null. */
export function PhoneField({
  values,
  errors,
  name = "phone",
  label = personFieldLabels.phone,
  hint = PHONE_EXAMPLE,
  someoneElse,
}: Omit<PersonFieldProps, "hint"> & { hint?: string | null }) {
  return (
    <TextField
      name={name}
      label={label}
      type="tel"
      optional
      hint={hint ?? undefined}
      autoComplete={autofill("tel", someoneElse)}
      defaultValue={values[name]}
      error={errors[name]}
      maxLength={20}
    />
  );
}

export function JobTitleField({
  values,
  errors,
  name = "jobTitle",
  label = personFieldLabels.jobTitle,
  hint,
  someoneElse,
  optional,
}: PersonFieldProps & { optional?: boolean }) {
  return (
    <TextField
      name={name}
      label={label}
      optional={optional}
      hint={hint}
      autoComplete={autofill("organization-title", someoneElse)}
      defaultValue={values[name]}
      error={errors[name]}
      maxLength={100}
    />
  );
}
