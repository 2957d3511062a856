import type { RsvpStatus, UserRole } from "../../db/generated/enums";
import { formatDate, formatTime } from "../../format/dates";
import { rsvpStatusSentences } from "../../meetings/rsvp-labels";

/**
 * The parts of a public page that depend on who reads it, as HTML. A page renders them in a PersonalPart
 * (components/layout/personal-part.tsx) with the reader it was rendered for: nobody, on the copy the site's
 * server keeps for everyone (lib/site/serving/page-store.ts). For a signed-in reader the server puts their own
 * version in place of each part (fill-personal-parts.ts), from the same functions, so both paths give the same page.
 * Plain HTML without scripts: the page's script policy stays valid, and React keeps it as it is when it hydrates.
 */
export type Reader = {
  role: UserRole;
  /** Their answer per meeting id, for the meetings whose part the page has. */
  answers: ReadonlyMap<string, Answer>;
};

export type Answer = { status: RsvpStatus; waitlistPosition: number | null };

/** What a part needs from the page besides the reader, carried in its data- attributes. */
export type PartData = Record<string, string>;

type Part = {
  html: (reader: Reader | null, data: PartData, now: Date) => string;
  /** The meeting whose answer this part shows, if any. */
  meetingId?: (data: PartData) => string | undefined;
};

const ACCOUNT_LINK = "rounded px-3 py-2 text-white underline hover:text-white hover:decoration-2";

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function signInPath(returnTo: string) {
  return `/inloggen?terug=${encodeURIComponent(returnTo)}`;
}

/** The header's links: sign in and sign up, or the account's pages and signing out. */
function account(reader: Reader | null) {
  if (!reader) {
    return (
      `<a href="/inloggen" class="${ACCOUNT_LINK}">Inloggen</a>` +
      '<a href="/aanmelden" class="rounded bg-accent px-3 py-2 font-semibold text-neutral-900 no-underline hover:text-neutral-900 hover:underline">Meld je aan</a>'
    );
  }
  return (
    (reader.role === "SECRETARY" ? `<a href="/beheer" class="${ACCOUNT_LINK}">Beheer</a>` : "") +
    `<a href="/mijn-gegevens" class="${ACCOUNT_LINK}">Mijn gegevens</a>` +
    `<form method="post" action="/uitloggen"><button type="submit" class="${ACCOUNT_LINK} cursor-pointer">Uitloggen</button></form>`
  );
}

function answerSentence(answer: Answer | undefined) {
  if (!answer) return "Je hebt nog niet laten weten of je komt.";
  if (answer.status === "WAITLISTED" && answer.waitlistPosition) return `${rsvpStatusSentences.WAITLISTED} Je bent nummer ${answer.waitlistPosition}.`;
  return rsvpStatusSentences[answer.status];
}

/**
 * "Kom je?" on an upcoming meeting: a visitor is asked to sign in; a signed-in reader sees their answer and the
 * way to the answer form (app/(site)/agenda/[slug]/antwoord), which says what to do if they can't answer yet.
 */
function attendance(reader: Reader | null, data: PartData, now: Date) {
  const slug = encodeURIComponent(data.slug ?? "");
  if (!reader) {
    return `<p><a href="${escapeHtml(signInPath(`/agenda/${slug}`))}">Log in</a> om te laten weten of je komt, of <a href="/aanmelden">meld je aan</a> om een keer mee te doen.</p>`;
  }
  const answer = reader.answers.get(data.meeting ?? "");
  const until = new Date(data.until ?? "");
  const untilText = `${formatDate(until)} ${formatTime(until)} uur`;
  if (now > until)
    return `<p>${escapeHtml(answer ? rsvpStatusSentences[answer.status] : "Je hebt niet laten weten of je komt.")} Antwoorden kon tot ${untilText}.</p>`;
  return (
    `<p class="mb-3">${escapeHtml(answerSentence(answer))}` +
    (data.deadline === "ja" ? ` Je kunt je antwoord geven of veranderen tot ${untilText}.` : "") +
    `</p><p><a href="/agenda/${slug}/antwoord" class="button">${answer ? "Wijzig je antwoord" : "Geef je antwoord"}</a></p>`
  );
}

/** Under a meeting's documents: a visitor's links lead to the sign-in page, which brings them back. */
function documentsNotice(reader: Reader | null) {
  return reader ? "" : '<p class="mt-2">Log in om de documenten te downloaden.</p>';
}

export type PersonalPartName = "account" | "attendance" | "documents";

export const personalParts: Record<PersonalPartName, Part> = {
  account: { html: account },
  attendance: { html: attendance, meetingId: (data) => data.meeting },
  documents: { html: documentsNotice },
};

export function isPersonalPartName(name: string): name is PersonalPartName {
  return Object.hasOwn(personalParts, name);
}
