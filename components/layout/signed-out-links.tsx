import Link from "next/link";

export const accountLinkClass = "rounded px-3 py-2 text-white underline hover:text-white hover:decoration-2";

/** The header's links for a visitor; also on every cached public page, which is the same for everyone. */
export function SignedOutLinks() {
  return (
    <>
      <Link href="/inloggen" className={accountLinkClass}>
        Inloggen
      </Link>
      <Link href="/aanmelden" className="rounded bg-accent px-3 py-2 font-semibold text-neutral-900 no-underline hover:text-neutral-900 hover:underline">
        Meld je aan
      </Link>
    </>
  );
}
