import type { MeetingDays, OrganisationType, RsvpStatus, UserRole } from "../db/generated/enums";
import { formatDate } from "../format/dates";

/** The columns of a person that a merge reads or may change. */
export type MergeColumns = {
  id: string;
  name: string;
  email: string | null;
  emailVerified: Date | null;
  image: string | null;
  phone: string | null;
  jobTitle: string | null;
  organisationType: OrganisationType | null;
  municipalityId: string | null;
  organisationName: string | null;
  role: UserRole;
  admittedAt: Date | null;
};

type Changeable = Omit<MergeColumns, "id" | "name">;

const roleRank: Record<UserRole, number> = { SECRETARY: 3, KERNCLUB: 2, MEMBER: 1, GUEST: 0 };

export function higherRole(a: UserRole, b: UserRole): UserRole {
  return roleRank[a] >= roleRank[b] ? a : b;
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b;
  return a <= b ? a : b;
}

/**
 * The kept person's columns after the merge: their own values stay, an empty one is filled from the other; the
 * organisation (type, municipality, name) is taken as a whole when the kept person has none. Admitted at the
 * earlier moment, with the higher role; an address from ADMIN_EMAILS taken over brings the secretary role.
 */
export function mergedColumns(keep: MergeColumns, other: MergeColumns, adminEmails: readonly string[]): Partial<Changeable> {
  const takesEmail = !keep.email && Boolean(other.email);
  const takesOrganisation = !keep.organisationType && Boolean(other.organisationType);
  const sameOrganisationType = keep.organisationType !== null && keep.organisationType === other.organisationType;
  const merged: Changeable = {
    email: takesEmail ? other.email : keep.email,
    emailVerified: takesEmail ? other.emailVerified : keep.emailVerified,
    image: keep.image ?? other.image,
    phone: keep.phone ?? other.phone,
    jobTitle: keep.jobTitle ?? other.jobTitle,
    organisationType: takesOrganisation ? other.organisationType : keep.organisationType,
    municipalityId: takesOrganisation ? other.municipalityId : (keep.municipalityId ?? (sameOrganisationType ? other.municipalityId : null)),
    organisationName: takesOrganisation ? other.organisationName : (keep.organisationName ?? (sameOrganisationType ? other.organisationName : null)),
    role: higherRole(keep.role, other.role),
    admittedAt: earliest(keep.admittedAt, other.admittedAt),
  };
  if (merged.email && adminEmails.includes(merged.email)) merged.role = "SECRETARY";
  const changed: Partial<Changeable> = {};
  for (const key of Object.keys(merged) as (keyof Changeable)[]) {
    if (!sameValue(merged[key], keep[key])) Object.assign(changed, { [key]: merged[key] });
  }
  return changed;
}

function sameValue(a: unknown, b: unknown) {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

/** One person's answer for a meeting, with the meeting's title and date for a refusal. */
export type AnswerRow = {
  userId: string;
  meetingId: string;
  status: RsvpStatus;
  days: MeetingDays | null;
  dinner: boolean;
  overnight: boolean;
  title: string;
  startsAt: Date;
};

const says = (status: RsvpStatus) => (status === "NOT_ATTENDING" ? "no" : "yes");

/** Both said no, or both said yes (a place or the waiting list) for the same days, dinner and overnight stay. */
export function sameAnswer(a: AnswerRow, b: AnswerRow): boolean {
  if (says(a.status) !== says(b.status)) return false;
  return says(a.status) === "no" || (a.days === b.days && a.dinner === b.dinner && a.overnight === b.overnight);
}

/** Meetings both answered: the same answer (kept once) or a different one (the merge is refused). */
export function compareAnswers(keepId: string, rows: AnswerRow[]) {
  const kept = new Map(rows.filter((row) => row.userId === keepId).map((row) => [row.meetingId, row]));
  const same: AnswerRow[] = [];
  const different: AnswerRow[] = [];
  for (const row of rows) {
    const other = row.userId === keepId ? undefined : kept.get(row.meetingId);
    if (other) (sameAnswer(other, row) ? same : different).push(row);
  }
  const bothAttending = same.filter((row) => row.status === "ATTENDING" && kept.get(row.meetingId)?.status === "ATTENDING").map((row) => row.meetingId);
  return { same, different, bothAttending };
}

function listOf(items: string[]) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

/** Why the two may not be merged (in Dutch), or null. */
export function mergeRefusal({
  keep,
  other,
  actorId,
  adminEmails,
  different,
}: {
  keep: MergeColumns;
  other: MergeColumns;
  actorId: string | null;
  adminEmails: readonly string[];
  different: AnswerRow[];
}): string | null {
  if (other.id === actorId) {
    return "Je eigen account kan niet verdwijnen. Open je eigen pagina en voeg de andere persoon daar samen: dan blijft jouw account.";
  }
  const keepIsAdmin = Boolean(keep.email && adminEmails.includes(keep.email));
  if (other.email && adminEmails.includes(other.email) && keep.email) {
    return keepIsAdmin
      ? `Beide e-mailadressen staan in ADMIN_EMAILS en zijn daarom altijd secretaris. Haal eerst een van de twee uit ADMIN_EMAILS en start de site opnieuw.`
      : `${other.email} staat in ADMIN_EMAILS en moet blijven. Open de pagina van ${other.name} en voeg ${keep.name} daar samen: dan blijft dat adres.`;
  }
  if (different.length) {
    const meetings = [...different].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).map((row) => `“${row.title}” van ${formatDate(row.startsAt)}`);
    return (
      `De twee gaven een ander antwoord voor ${different.length === 1 ? "de bijeenkomst" : "de bijeenkomsten"} ${listOf(meetings)}. ` +
      "Samenvoegen kan pas als hun antwoorden gelijk zijn: laat een van de twee het antwoord aanpassen op de pagina van de bijeenkomst."
    );
  }
  return null;
}
