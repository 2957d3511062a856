import Link from "next/link";
import { currentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { canRsvp, getRsvpStatus } from "@/lib/meetings/rsvp";
import { RsvpForm } from "./rsvp-form";

/** "Kom je?" on an upcoming meeting: the answer and buttons for members, a sign-in link for visitors. */
export async function MeetingAttendance({ meetingId, slug }: { meetingId: string; slug: string }) {
  const user = await currentUser();
  let content;
  if (!user) {
    content = (
      <p>
        <Link href={`/inloggen?terug=${encodeURIComponent(`/agenda/${slug}`)}`}>Log in</Link> om te laten weten of je komt, of{" "}
        <Link href="/aanmelden">meld je aan</Link> om een keer mee te doen.
      </p>
    );
  } else if (!canRsvp(user.role)) {
    content = (
      <p>
        Als gast ben je uitgenodigd voor één bijeenkomst; die staat op <Link href="/mijn-gegevens">Mijn gegevens</Link>. Wil je vaker komen?{" "}
        <Link href="/aanmelden">Meld je aan voor dit jaar</Link>.
      </p>
    );
  } else {
    const rsvp = await getRsvpStatus(db, user.id, meetingId);
    content = <RsvpForm meetingId={meetingId} current={rsvp?.status ?? null} />;
  }
  return (
    <section aria-labelledby="aanwezig-titel" className="mt-8 rounded bg-brand-100 p-4">
      <h2 id="aanwezig-titel" className="mb-2">Kom je?</h2>
      {content}
    </section>
  );
}
