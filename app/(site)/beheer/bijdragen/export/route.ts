import { downloadResponse, refuseUnlessSecretary } from "@/lib/auth/secretary-download";
import { db } from "@/lib/db/client";
import { feeRegisterCsv, feeRegisterCsvFileName } from "@/lib/fees/fee-register-csv";
import { feeRegisterFilterOf } from "@/lib/fees/fee-register-filter";
import { listFeeRegisterForExport } from "@/lib/fees/list-fee-register";
import { withDutchErrors } from "@/lib/site/route-errors";

/** The fee register with the page's filters, as a CSV file for Excel; for the secretary only. */
export const GET = withDutchErrors(async function GET(request: Request) {
  const refused = await refuseUnlessSecretary("/beheer/bijdragen", "het bijdragenregister");
  if (refused) return refused;
  const filter = feeRegisterFilterOf(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await listFeeRegisterForExport(db, filter);
  return downloadResponse(feeRegisterCsv(rows), "text/csv; charset=utf-8", feeRegisterCsvFileName(filter.year));
});
