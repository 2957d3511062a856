import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageHeader } from "@/components/ui/page-header";
import { safeReturnPath } from "@/lib/auth/sign-in-schema";

export const metadata: Metadata = {
  title: "Inloggen",
  description: "Log in op de website van het Wmo transformatienetwerk met een link per e-mail.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ terug?: string }> }) {
  const { terug } = await searchParams;
  return (
    <>
      <PageHeader title="Inloggen" intro="Je logt in zonder wachtwoord: we sturen je een link per e-mail." />
      <SignInForm returnTo={safeReturnPath(terug)} />
      <p className="mt-8 max-w-prose">
        Nog geen account? <Link href="/aanmelden">Meld je aan</Link>.
      </p>
    </>
  );
}
