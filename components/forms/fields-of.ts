type Texts = Readonly<Record<string, string | undefined>>;

/**
 * The props a form's fields share, by name: `field("title")` gives a TextField, TextArea, SelectField or RadioGroup
 * its name, label, value and error message; `checkbox("tentative")` gives a CheckboxField the same, ticked when the value is "ja".
 */
export function fieldsOf<Name extends string>(labels: Record<Name, string>, values: Texts, errors: Texts = {}) {
  return {
    field: (name: Name) => ({ name, label: labels[name], defaultValue: values[name], error: errors[name] }),
    checkbox: (name: Name) => ({ name, label: labels[name], defaultChecked: values[name] === "ja", error: errors[name] }),
  };
}

export type FormFields<Name extends string> = ReturnType<typeof fieldsOf<Name>>;
