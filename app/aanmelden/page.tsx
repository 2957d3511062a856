import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Aanmelden", description: "Aanmelden voor het Wmo transformatienetwerk." };

export default function SignUpPage() {
  return (
    <>
      <PageHeader title="Aanmelden" intro="Online aanmelden kan binnenkort." />
      <p className="max-w-prose">
        Tot die tijd kun je je aanmelden bij de secretaris: zie <Link href="/contact">contact</Link>.
      </p>
    </>
  );
}
