"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A menu link that tells assistive technology which section is open. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`block px-3 py-3 text-white no-underline hover:bg-brand-900 hover:text-white hover:underline ${current ? "bg-brand-900 underline decoration-2" : ""}`}
    >
      {children}
    </Link>
  );
}
