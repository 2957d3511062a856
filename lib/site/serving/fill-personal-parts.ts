import { type PartData, type PersonalPartName, isPersonalPartName, personalParts, type Reader } from "./personal-parts";

/** Where a personal part sits in a page as a visitor gets it: its visitor HTML runs from `start` to `end`. */
export type PartSlot = { name: PersonalPartName; data: PartData; start: number; end: number };

const PART_START = /<div data-personal-part="([a-z]+)"([^>]*)>/g;
const DATA_ATTRIBUTE = / data-([a-z]+)="([^"]*)"/g;
const ENTITIES: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#x27;": "'", "&lt;": "<", "&gt;": ">" };

/**
 * The personal parts of a page rendered for a visitor (components/layout/personal-part.tsx). Undefined when a
 * part is not exactly what this code would render for a visitor: then the page can't be filled in here, and
 * Next.js renders it for the reader.
 */
export function findPartSlots(html: string): PartSlot[] | undefined {
  const slots: PartSlot[] = [];
  for (const match of html.matchAll(PART_START)) {
    const [tag, name, attributes] = match;
    if (!isPersonalPartName(name!)) return undefined;
    const data: PartData = {};
    for (const [, key, value] of attributes!.matchAll(DATA_ATTRIBUTE)) {
      if (key !== "personal-part") data[key!] = value!.replace(/&(?:amp|quot|#x27|lt|gt);/g, (entity) => ENTITIES[entity]!);
    }
    const start = match.index + tag.length;
    const visitorHtml = personalParts[name].html(null, data, new Date());
    if (!html.startsWith(`${visitorHtml}</div>`, start)) return undefined;
    slots.push({ name, data, start, end: start + visitorHtml.length });
  }
  return slots;
}

/** The meetings whose answers the page's parts show. */
export function meetingsOf(slots: readonly PartSlot[]): string[] {
  return [...new Set(slots.flatMap((slot) => personalParts[slot.name].meetingId?.(slot.data) ?? []))];
}

/** The page with each personal part as `reader` gets it. */
export function fillPersonalParts(html: string, slots: readonly PartSlot[], reader: Reader, now = new Date()): string {
  let filled = "";
  let at = 0;
  for (const slot of slots) {
    filled += html.slice(at, slot.start) + personalParts[slot.name].html(reader, slot.data, now);
    at = slot.end;
  }
  return filled + html.slice(at);
}
