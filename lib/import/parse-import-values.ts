import { z } from "zod";
import type { OrganisationType, PositionRole } from "../db/generated/enums";
import { normaliseHeader } from "./import-fields";

/** Each parser gives the value, or a Dutch message about the cell. */
export type Parsed<T> = { value: T } | { problem: string };

const organisationTypes: Record<string, OrganisationType> = {
  gemeente: "MUNICIPALITY",
  ministerie: "MINISTRY",
  rijk: "MINISTRY",
  rijksoverheid: "MINISTRY",
  vng: "VNG",
  verenigingvannederlandsegemeenten: "VNG",
  anders: "OTHER",
  andere: "OTHER",
  andereorganisatie: "OTHER",
  overig: "OTHER",
  overige: "OTHER",
  organisatie: "OTHER",
};

export function parseOrganisationType(text: string): Parsed<OrganisationType> {
  const type = organisationTypes[normaliseHeader(text)];
  return type ? { value: type } : { problem: `Onbekende soort organisatie “${text}”. Gebruik gemeente, ministerie, VNG of anders.` };
}

const kernclubRoles: Record<string, PositionRole | null> = {
  voorzitter: "CHAIR",
  lid: "KERNCLUB_MEMBER",
  lidkernclub: "KERNCLUB_MEMBER",
  kernclublid: "KERNCLUB_MEMBER",
  lidvandekernclub: "KERNCLUB_MEMBER",
  ja: "KERNCLUB_MEMBER",
  x: "KERNCLUB_MEMBER",
  secretaris: "SECRETARY",
  nee: null,
  geen: null,
  "": null,
};

/** A role in the kernclub. "Secretaris" is the kernclub position only: an import never gives anyone the secretary's access to the site. */
export function parseKernclubRole(text: string): Parsed<PositionRole | null> {
  const role = kernclubRoles[normaliseHeader(text)];
  return role === undefined
    ? { problem: `Onbekende rol in de kernclub “${text}”. Gebruik voorzitter, lid of secretaris, of laat de cel leeg.` }
    : { value: role };
}

const yes = new Set(["ja", "j", "x", "yes", "y", "1", "waar", "true", "✓", "✔"]);
const no = new Set(["nee", "n", "no", "0", "onwaar", "false", "-"]);

export function parseYesNo(text: string): Parsed<boolean> {
  const value = text.trim().toLowerCase();
  if (yes.has(value)) return { value: true };
  if (no.has(value) || value === "") return { value: false };
  return { problem: `Vul ja of nee in, niet “${text}”.` };
}

/** Years written in a cell ("2026, 2027"), each from 2010 (when the network began) to next year. */
export function parseYears(text: string, currentYear: number): Parsed<number[]> {
  const words = text.split(/[\s,;/]+/).filter(Boolean);
  const years = words.map(Number);
  if (!words.every((word) => /^\d{4}$/.test(word))) return { problem: `Vul jaartallen in, zoals 2026 of 2026, 2027; niet “${text}”.` };
  const wrong = years.find((year) => year < 2010 || year > currentYear + 1);
  if (wrong) return { problem: `Deelname kan van 2010 tot en met ${currentYear + 1}, niet in ${wrong}.` };
  return { value: [...new Set(years)] };
}

/** "855", "GM855" or "gm0855" → "GM0855": a spreadsheet drops the leading zeros of a number. */
export function parseCbsCode(text: string): Parsed<string> {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  const digits = /^(?:GM)?(\d{1,4})$/.exec(compact)?.[1];
  return digits ? { value: `GM${digits.padStart(4, "0")}` } : { problem: `Een CBS-code is GM en vier cijfers, bijvoorbeeld GM0855; niet “${text}”.` };
}

/** An OIN: 20 digits; a number cell lost its leading zeros (OINs start with zeros), which come back. */
export function parseOin(text: string): Parsed<string> {
  const digits = text.replace(/\s+/g, "");
  return /^\d{1,20}$/.test(digits)
    ? { value: digits.padStart(20, "0") }
    : { problem: `Een OIN bestaat uit 20 cijfers, bijvoorbeeld 00000001001234567000; niet “${text}”.` };
}

/** A Dutch phone number; nine digits starting with 6 lost their 0 in a number cell. */
export function parsePhone(text: string): Parsed<string> {
  const phone = /^6\d{8}$/.test(text.trim()) ? `0${text.trim()}` : text.trim();
  if (phone.length > 20 || !/^(0\d{9}|\+31\d{9})$/.test(phone.replace(/[\s-]/g, ""))) {
    return { problem: `Geen geldig telefoonnummer: “${text}”. Schrijf het bijvoorbeeld als 06-12 34 56 78.` };
  }
  return { value: phone };
}

export function parseEmail(text: string): Parsed<string> {
  const email = text.trim().toLowerCase();
  if (email.length > 254 || !z.email().safeParse(email).success) return { problem: `Geen geldig e-mailadres: “${text}”.` };
  return { value: email };
}

export function parsePostcode(text: string): Parsed<string> {
  const postcode = text.trim().toUpperCase();
  if (!/^[1-9]\d{3} ?[A-Z]{2}$/.test(postcode)) return { problem: `Geen Nederlandse postcode: “${text}”. Schrijf haar als 5000 LH.` };
  return { value: `${postcode.slice(0, 4)} ${postcode.slice(-2)}` };
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/** Plain text of at most `max` characters, without control characters; `min` for names. */
export function parseText(text: string, { max, min = 0, what }: { max: number; min?: number; what: string }): Parsed<string> {
  const value = text.trim().replace(/\s*[\r\n]+\s*/g, " ");
  if (CONTROL.test(value)) return { problem: `${what} bevat besturingstekens; gebruik alleen gewone tekens.` };
  if (value.length > max) return { problem: `${what} is hoogstens ${max} tekens.` };
  if (value.length < min) return { problem: `${what} is te kort: “${value}”.` };
  return { value };
}
