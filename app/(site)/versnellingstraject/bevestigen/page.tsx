import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/admin/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { confirmAccelerationRequestAction } from "@/lib/acceleration/actions";
import { findRequestToConfirm, UNKNOWN_LINK } from "@/lib/acceleration/confirm-request";
import { confirmRequestSchema } from "@/lib/acceleration/request-schema";
import { db } from "@/lib/db/client";
import { param, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Aanvraag bevestigen", description: "Bevestig je aanvraag voor het versnellingstraject.", robots: { index: false } };

/**
 * The page the e-mailed link opens. Opening it confirms nothing: only the button does, so mail scanners that
 * open every link (common at municipalities) can't confirm a request nobody made.
 */
export default async function ConfirmAccelerationRequestPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const parsed = confirmRequestSchema.safeParse({ token: param(await searchParams, "token") });
  const request = parsed.success ? await findRequestToConfirm(db, parsed.data.token) : null;
  if (!parsed.success || !request) {
    return (
      <>
        <PageHeader title="Deze link werkt niet" intro={UNKNOWN_LINK} />
        <p>
          <Link href="/versnellingstraject#aanvragen-titel">Doe een nieuwe aanvraag</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader title="Bevestig je aanvraag" intro={`Je aanvraag voor het versnellingstraject voor gemeente ${request.municipalityName} is bijna klaar.`} />
      <ActionButton action={confirmAccelerationRequestAction} hidden={{ token: parsed.data.token }} label="Bevestig mijn aanvraag" />
    </>
  );
}
