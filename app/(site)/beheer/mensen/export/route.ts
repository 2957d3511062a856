import { downloadResponse, refuseUnlessSecretary } from "@/lib/auth/secretary-download";
import { db } from "@/lib/db/client";
import { peopleCsv } from "@/lib/members/people-csv";
import { withDutchErrors } from "@/lib/site/route-errors";

/** The people list with the page's filters, as a CSV file for Excel; for the secretary only. */
export const GET = withDutchErrors(async function GET(request: Request) {
  const refused = await refuseUnlessSecretary("/beheer/mensen", "de lijst van mensen");
  if (refused) return refused;
  const params = new URL(request.url).searchParams;
  const csv = await peopleCsv(db, { q: params.get("q") ?? "", role: params.get("rol") ?? "", status: params.get("status") ?? "" });
  return downloadResponse(csv, "text/csv; charset=utf-8", "mensen.csv");
});
