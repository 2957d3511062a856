import { downloadResponse, plainTextResponse, refuseUnlessSecretary } from "@/lib/auth/secretary-download";
import { db } from "@/lib/db/client";
import { eInvoiceRefusal } from "@/lib/fees/einvoice-refusal";
import { renderInvoicePdf } from "@/lib/fees/invoice-pdf";
import { renderInvoiceUbl } from "@/lib/fees/invoice-ubl";
import { invoiceFileName, loadInvoiceDocument } from "@/lib/fees/load-invoice-document";
import { withDutchErrors } from "@/lib/site/route-errors";

type Params = { params: Promise<{ id: string; format: string }> };

/** An issued invoice or credit note as PDF (…/pdf) or as e-invoice in UBL 2.1 (…/ubl), made from the details it was issued with. */
export const GET = withDutchErrors(async function GET(_request: Request, { params }: Params) {
  const { id, format } = await params;
  const refused = await refuseUnlessSecretary("/beheer/bijdragen", "een factuur");
  if (refused) return refused;
  if (format !== "pdf" && format !== "ubl") return plainTextResponse("Deze pagina bestaat niet.", 404);
  const loaded = await loadInvoiceDocument(db, id);
  if (!loaded) return plainTextResponse("Deze factuur bestaat niet (meer).", 404);
  const { document } = loaded;
  if (format === "ubl") {
    const refusal = eInvoiceRefusal(document);
    if (refusal) return plainTextResponse(refusal, 409);
    return downloadResponse(renderInvoiceUbl(document), "application/xml; charset=utf-8", invoiceFileName(document, "xml"));
  }
  return downloadResponse(new Uint8Array(await renderInvoicePdf(document)), "application/pdf", invoiceFileName(document, "pdf"));
});
