import { fieldsOf } from "./fields-of";
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

/** The props of one of these fields, from the form's values and errors and the field's own name, label and token. */
export function personField({ values, errors, hint, someoneElse }: PersonFieldProps, name: string, label: string, token: string) {
  return { ...fieldsOf({ [name]: label }, values, errors).field(name), hint, autoComplete: autofill(token, someoneElse) };
}

export function NameField({ name = "name", label = personFieldLabels.name, ...props }: PersonFieldProps) {
  return <TextField {...personField(props, name, label, "name")} maxLength={100} />;
}

export function EmailField({ name = "email", label = personFieldLabels.email, ...props }: PersonFieldProps) {
  return <TextField {...personField(props, name, label, "email")} type="email" maxLength={254} />;
}

/** Optional; shows an example number unless `hint` is null. */
export function PhoneField({
  name = "phone",
  label = personFieldLabels.phone,
  hint = PHONE_EXAMPLE,
  ...props
}: Omit<PersonFieldProps, "hint"> & { hint?: string | null }) {
  return <TextField {...personField({ ...props, hint: hint ?? undefined }, name, label, "tel")} type="tel" optional maxLength={20} />;
}

export function JobTitleField({ name = "jobTitle", label = personFieldLabels.jobTitle, optional, ...props }: PersonFieldProps & { optional?: boolean }) {
  return <TextField {...personField(props, name, label, "organization-title")} optional={optional} maxLength={100} />;
}
