import { Field, type FieldProps, inputClass, splitField } from "./field";

type Props = FieldProps & { defaultValue?: string; maxLength?: number; rows?: number };

export function TextArea({ rows = 4, ...props }: Props) {
  const [field, textarea] = splitField(props);
  return <Field {...field}>{(control) => <textarea {...control} rows={rows} {...textarea} className={`${inputClass} max-w-2xl`} />}</Field>;
}
