import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/sign-up/sign-up-form";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateRange } from "@/lib/format/dates";
import { formatEuros } from "@/lib/format/money";
import { loadSignUpOptions } from "@/lib/members/sign-up-options";
import { annualFeeCents } from "@/lib/fees/fee-amount";
import { db } from "@/lib/db/client";

export const metadata: Metadata = {
  title: "Aanmelden",
  description: "Meld je aan voor het Wmo transformatienetwerk: doe een keer mee als gast, of doe dit jaar mee.",
};

export default async function SignUpPage() {
  const { municipalities, meetings } = await loadSignUpOptions(db);
  return (
    <>
      <PageHeader
        title="Aanmelden"
        intro={
          <>
            Voor ambtenaren van gemeenten, ministeries en de VNG. Doe eerst een keer mee, of doe dit jaar mee. Lees ook{" "}
            <Link href="/deelnemen">hoe deelnemen werkt</Link> en onze <Link href="/privacy">privacyverklaring</Link>.
          </>
        }
      />
      <SignUpForm
        submissionId={crypto.randomUUID()}
        municipalities={municipalities.map((municipality) => ({ value: municipality.id, label: municipality.name }))}
        meetings={meetings.map((meeting) => ({ value: meeting.id, label: `${meeting.title}, ${formatDateRange(meeting.startsAt, meeting.endsAt)}` }))}
        feeText={formatEuros(annualFeeCents())}
      />
    </>
  );
}
