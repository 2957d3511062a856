import fc from "fast-check";

/**
 * Arbitrary text and hostile values: control characters, markup, huge strings and the magic values forms use,
 * with `more` values a test adds (look-alikes, a table name, dates).
 */
export function hostileText(...more: string[]) {
  return fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({ unit: "grapheme", maxLength: 50 }),
    fc.constantFrom("", " ", "\u0000", "ja", "nee", "<script>alert(1)</script>", "x".repeat(5000), ...more),
  );
}
