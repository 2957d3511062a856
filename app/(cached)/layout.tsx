import type { ReactNode } from "react";
import { SignedOutLinks } from "@/components/layout/signed-out-links";
import { SiteChrome } from "@/components/layout/site-chrome";

// The public pages, the same for every visitor, come from Next.js's cache (lib/site/page-cache-handler.mjs):
// rendered on the first request, renewed when the data behind them changes (invalidatePublicPages) and at
// the latest a minute later, which also moves a meeting that has just ended from "upcoming" to "past".
// Signed-in people get the same pages rendered for them under /ingelogd (proxy.ts).
export const revalidate = 60;

export default function CachedPagesLayout({ children }: { children: ReactNode }) {
  return <SiteChrome account={<SignedOutLinks />}>{children}</SiteChrome>;
}
