import type { ReactNode } from "react";
import { AccountLinks } from "@/components/layout/account-links";
import { SiteChrome } from "@/components/layout/site-chrome";

/** Pages rendered per request: the header shows who is signed in. */
export default function PersonalPagesLayout({ children }: { children: ReactNode }) {
  return <SiteChrome account={<AccountLinks />}>{children}</SiteChrome>;
}
