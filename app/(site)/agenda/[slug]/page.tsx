import { MeetingPage, type MeetingPageProps } from "@/components/meetings/meeting-page";

export { generateMetadata } from "@/components/meetings/meeting-page";

export default async function MeetingPageRoute({ params }: MeetingPageProps) {
  return <MeetingPage slug={(await params).slug} />;
}
