import { MeetingPage, type MeetingPageProps } from "@/components/meetings/meeting-page";
import { currentUser } from "@/lib/auth/guards";

export { generateMetadata } from "@/components/meetings/meeting-page";

/** /agenda/[slug] for a signed-in person (proxy.ts): their answer, its form and the document links. */
export default async function SignedInMeetingPage({ params }: MeetingPageProps) {
  return <MeetingPage slug={(await params).slug} user={await currentUser()} />;
}
