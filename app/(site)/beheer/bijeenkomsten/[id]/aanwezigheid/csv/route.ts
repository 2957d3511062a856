import { attendanceCsv, attendanceCsvFileName } from "@/lib/attendance/attendance-csv";
import { loadAttendance } from "@/lib/attendance/load-attendance";
import { downloadResponse, plainTextResponse, refuseUnlessSecretary } from "@/lib/auth/secretary-download";
import { db } from "@/lib/db/client";
import { withDutchErrors } from "@/lib/site/route-errors";

type Params = { params: Promise<{ id: string }> };

/** The attendance list as a CSV file for Excel; for the secretary only. */
export const GET = withDutchErrors(async function GET(_request: Request, { params }: Params) {
  const { id } = await params;
  const refused = await refuseUnlessSecretary(`/beheer/bijeenkomsten/${id}/aanwezigheid`, "de aanwezigheidslijst");
  if (refused) return refused;
  const attendance = await loadAttendance(db, id);
  if (!attendance) return plainTextResponse("Deze bijeenkomst bestaat niet (meer).", 404);
  return downloadResponse(attendanceCsv(attendance), "text/csv; charset=utf-8", attendanceCsvFileName(attendance.meeting.slug));
});
