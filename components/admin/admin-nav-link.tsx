"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A link in the admin menu; "Overzicht" (/beheer) is current only on its own page. */
export function AdminNavLink({ href, label }: { href: string; label: string }) {
  const pathname = usePathname();
  const current = href === "/beheer" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`block rounded px-3 py-2 ${current ? "bg-brand-100 font-semibold text-brand-900" : ""}`}
    >
      {label}
    </Link>
  );
}
