import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { signInLinkSchema } from "@/lib/auth/sign-in-link-schema";

export const metadata: Metadata = { title: "Inloggen bevestigen", description: "Bevestig dat je wilt inloggen.", robots: { index: false } };

/**
 * The page an e-mailed link opens. Opening it uses up nothing: the one-time token is only spent by the
 * button, so mail scanners that open every link (common at municipalities) can't use it up first.
 */
export default async function SignInLinkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = signInLinkSchema.safeParse(await searchParams);
  if (!parsed.success) {
    return (
      <>
        <PageHeader title="Deze link werkt niet" intro="De link is niet compleet. Kopieer hem in zijn geheel uit de e-mail, of vraag een nieuwe aan." />
        <p>
          <Link href="/inloggen" className="button">
            Vraag een nieuwe inloglink aan
          </Link>
        </p>
      </>
    );
  }
  const { token, email, callbackUrl } = parsed.data;
  return (
    <>
      <PageHeader title="Inloggen" intro={`Je logt in als ${email}.`} />
      <form method="post" action="/inloggen/link/bevestigen">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <button type="submit" className="button cursor-pointer">
          Log in
        </button>
      </form>
    </>
  );
}
