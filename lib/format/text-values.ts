type Stored = string | number | boolean | null | undefined;

/** Some of a stored record's fields as text, for a form or a CSV file: "" for none, "ja" for true and "" for false, numbers in digits. */
export function textValues<const Key extends string>(record: NoInfer<{ [K in Key]?: Stored }>, keys: readonly Key[]): Record<Key, string> {
  return Object.fromEntries(keys.map((key) => [key, textOf(record[key])])) as Record<Key, string>;
}

function textOf(value: Stored): string {
  if (value === null || value === undefined || value === false) return "";
  if (value === true) return "ja";
  return String(value);
}
