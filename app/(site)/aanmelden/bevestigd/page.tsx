import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { confirmApplication } from "@/lib/members/confirm-application";
import { param, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Aanmelding bevestigd", description: "Je aanmelding is bevestigd.", robots: { index: false } };

/** Where the confirmation mail's link lands, after its "Log in" button: confirms that one application. */
export default async function SignUpConfirmedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = param(await searchParams, "bevestiging");
  const user = await requireUser(`/aanmelden/bevestigd?bevestiging=${token}`);
  const result = await confirmApplication(db, token, user.id);
  if (result.outcome === "unknown") {
    return (
      <>
        <PageHeader
          title="Deze bevestiging hoort niet bij je account"
          intro="De link is niet compleet, niet (meer) geldig, of hoort bij een aanmelding van iemand anders."
        />
        <p className="max-w-prose">
          Je bent ingelogd. Bekijk <Link href="/mijn-gegevens">je gegevens</Link>, of <Link href="/aanmelden">meld je opnieuw aan</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Je e-mailadres is bevestigd"
        intro={
          result.admitted
            ? "Dank je wel. Je bent toegelaten tot het netwerk: je gemeente doet mee en laat adressen van jouw domein meteen toe."
            : "Dank je wel. De secretaris beoordeelt nu je aanmelding; je hoort van ons."
        }
      />
      <p className="max-w-prose">
        Je bent ingelogd. Bekijk <Link href="/mijn-gegevens">je gegevens</Link> of de <Link href="/agenda">agenda</Link>.
      </p>
    </>
  );
}
