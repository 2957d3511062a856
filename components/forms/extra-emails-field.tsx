import type { FieldProps } from "./field";
import { TextArea } from "./text-area";

/** Addresses typed in one a line, besides the chosen groups, for an invitation or a mailing. */
export function ExtraEmailsField(props: FieldProps & { defaultValue?: string; rows: number }) {
  return <TextArea {...props} optional hint="Eén adres per regel. Wie nog geen account heeft, komt erbij als gast." maxLength={50_000} />;
}
