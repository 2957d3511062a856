import { siteUrl } from "../site/config";
import { buildCalendar } from "./calendar";
import type { CalendarMeeting } from "./queries";

export function calendarResponse(meetings: CalendarMeeting[], filename: string): Response {
  return new Response(buildCalendar(meetings, { baseUrl: siteUrl() }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
