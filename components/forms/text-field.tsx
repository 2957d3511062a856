import { Field, type FieldProps, inputClass, splitField } from "./field";

type Props = FieldProps & {
  type?: "text" | "email" | "tel" | "date" | "time" | "search" | "url";
  autoComplete?: string;
  defaultValue?: string;
  maxLength?: number;
  inputMode?: "numeric" | "text";
};

export function TextField({ type = "text", ...props }: Props) {
  const [field, input] = splitField(props);
  return <Field {...field}>{(control) => <input {...control} type={type} {...input} className={inputClass} />}</Field>;
}
