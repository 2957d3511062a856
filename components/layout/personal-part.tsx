import { type PartData, type PersonalPartName, personalParts, type Reader } from "@/lib/site/serving/personal-parts";

/**
 * A part of a public page that depends on who reads it (lib/site/serving/personal-parts.ts), marked so the
 * site's server can put a signed-in reader's own version in its place. React leaves the HTML of a
 * dangerouslySetInnerHTML element alone when it hydrates, so the reader's version stays.
 */
export function PersonalPart({ name, reader, data = {} }: { name: PersonalPartName; reader: Reader | null; data?: PartData }) {
  const attributes = Object.fromEntries(Object.entries(data).map(([key, value]) => [`data-${key}`, value]));
  return (
    <div
      data-personal-part={name}
      {...attributes}
      className="contents"
      dangerouslySetInnerHTML={{ __html: personalParts[name].html(reader, data, new Date()) }}
      suppressHydrationWarning
    />
  );
}
