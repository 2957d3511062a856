import Link from "next/link";
import type { ReactNode } from "react";
import { SITE_NAME } from "@/lib/site/config";
import { mainNavigation } from "@/lib/site/navigation";
import { HeaderSearch } from "./header-search";
import { NavLink } from "./nav-link";

/** `account` is the signed-in person's links, or the visitor's on pages served from the cache. */
export function SiteHeader({ account }: { account: ReactNode }) {
  return (
    <header className="bg-brand-900 text-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href="/" className="text-xl font-bold text-white no-underline hover:text-white hover:underline">
          {SITE_NAME}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <HeaderSearch />
          <div className="flex flex-wrap items-center gap-2">{account}</div>
        </div>
      </div>
      <nav aria-label="Hoofdmenu" className="bg-brand-700">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 px-2 sm:px-4">
          {mainNavigation.map((item) => (
            <li key={item.href}>
              <NavLink href={item.href}>{item.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
