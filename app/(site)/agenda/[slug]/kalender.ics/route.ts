import { calendarResponse } from "@/lib/meetings/calendar-response";
import { getMeetingForCalendar } from "@/lib/meetings/queries";
import { withDutchErrors } from "@/lib/site/route-errors";
import { db } from "@/lib/db/client";

export const GET = withDutchErrors(async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const meeting = await getMeetingForCalendar(db, slug);
  if (!meeting) return new Response("Bijeenkomst niet gevonden", { status: 404 });
  return calendarResponse([meeting], `${slug}.ics`);
});
