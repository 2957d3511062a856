import { calendarResponse } from "@/lib/meetings/calendar-response";
import { listMeetingsForCalendar } from "@/lib/meetings/queries";
import { withDutchErrors } from "@/lib/site/route-errors";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export const GET = withDutchErrors(async function GET() {
  return calendarResponse(await listMeetingsForCalendar(db), "wmo-transformatienetwerk.ics");
});
