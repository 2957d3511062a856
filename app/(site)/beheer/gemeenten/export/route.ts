import { downloadResponse, refuseUnlessSecretary } from "@/lib/auth/secretary-download";
import { municipalitiesCsv } from "@/lib/municipalities/municipalities-csv";
import { withDutchErrors } from "@/lib/site/route-errors";
import { db } from "@/lib/db/client";

/** The municipalities list with the page's filters, as a CSV file for Excel; for the secretary only. */
export const GET = withDutchErrors(async function GET(request: Request) {
  const refused = await refuseUnlessSecretary("/beheer/gemeenten", "de lijst van gemeenten");
  if (refused) return refused;
  const params = new URL(request.url).searchParams;
  const csv = await municipalitiesCsv(db, { q: params.get("q") ?? "", year: params.get("jaar") ?? "" });
  return downloadResponse(csv, "text/csv; charset=utf-8", "gemeenten.csv");
});
