import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnswerPageView } from "@/components/rsvp/answer-page-view";
import { db } from "@/lib/db/client";
import { loadAnswerPage } from "@/lib/meetings/answer-page";

type Props = { params: Promise<{ meetingId: string; personId: string; signature: string }>; searchParams: Promise<{ antwoord?: string | string[] }> };

// The signature in the address must not travel to other sites (same-origin keeps the Origin header forms need), nor the page into search engines.
export const metadata: Metadata = { title: "Kom je?", robots: { index: false, follow: false }, referrer: "same-origin" };

const suggestions = { ja: "ATTENDING", nee: "NOT_ATTENDING" } as const;

export default async function AnswerPage({ params, searchParams }: Props) {
  const ids = await params;
  const { antwoord } = await searchParams;
  const page = await loadAnswerPage(db, ids);
  if (page.state === "invalid") notFound();
  const suggested = antwoord === "ja" || antwoord === "nee" ? suggestions[antwoord] : undefined;
  return <AnswerPageView page={page} ids={ids} suggested={suggested} />;
}
