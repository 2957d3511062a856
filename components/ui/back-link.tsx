import Link from "next/link";
import type { ReactNode } from "react";

/** The link above a detail page back to its list ("Terug naar Gemeenten"). */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mb-4">
      <Link href={href}>{children}</Link>
    </p>
  );
}
