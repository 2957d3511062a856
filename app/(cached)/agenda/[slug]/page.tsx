import { MeetingPage, type MeetingPageProps } from "@/components/meetings/meeting-page";

export { generateMetadata } from "@/components/meetings/meeting-page";

// No meeting is rendered at build time: each page is rendered on its first request, then cached.
export function generateStaticParams() {
  return [];
}

export default async function CachedMeetingPage({ params }: MeetingPageProps) {
  return <MeetingPage slug={(await params).slug} user={null} />;
}
