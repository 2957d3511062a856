import type { ReactNode } from "react";
import { SiteHeader } from "./site-header";

/** Header and main content area of every page; the root layout adds the skip link and the footer. */
export function SiteChrome({ account, children }: { account: ReactNode; children: ReactNode }) {
  return (
    <>
      <SiteHeader account={account} />
      <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
