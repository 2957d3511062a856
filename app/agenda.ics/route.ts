import { calendarResponse } from "@/lib/meetings/calendar-response";
import { listMeetingsForCalendar } from "@/lib/meetings/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  return calendarResponse(await listMeetingsForCalendar(), "wmo-transformatienetwerk.ics");
}
