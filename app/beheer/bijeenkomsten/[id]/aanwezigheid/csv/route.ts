import { redirect } from "next/navigation";
import { attendanceCsv, attendanceCsvFileName } from "@/lib/attendance/attendance-csv";
import { loadAttendance } from "@/lib/attendance/load-attendance";
import { currentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";

type Params = { params: Promise<{ id: string }> };

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/** The attendance list as a CSV file for Excel; for the secretary only. */
export async function GET(_request: Request, { params }: Params) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) redirect(`/inloggen?terug=${encodeURIComponent(`/beheer/bijeenkomsten/${id}/aanwezigheid`)}`);
  if (user.role !== "SECRETARY") return text("Geen toegang: de aanwezigheidslijst is alleen voor het secretariaat.", 403);
  const attendance = await loadAttendance(db, id);
  if (!attendance) return text("Deze bijeenkomst bestaat niet (meer).", 404);
  return new Response(attendanceCsv(attendance), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${attendanceCsvFileName(attendance.meeting.slug)}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
