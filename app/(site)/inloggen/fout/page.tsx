import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Inloggen is niet gelukt", description: "De inloglink werkt niet (meer)." };

const messages: Record<string, string> = {
  Verification: "Deze link is al gebruikt of verlopen. Een inloglink werkt één keer en is 24 uur geldig.",
  AccessDenied: "Met dit e-mailadres is geen account. Meld je eerst aan.",
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <>
      <PageHeader title="Inloggen is niet gelukt" intro={messages[error ?? ""] ?? "Er ging iets mis bij het inloggen."} />
      <p className="max-w-prose">
        <Link href="/inloggen" className="button">
          Vraag een nieuwe inloglink aan
        </Link>
      </p>
    </>
  );
}
