"use client";

import { ConfirmForm } from "@/components/forms/confirm-form";
import { mergePeopleAction } from "@/lib/members/admin-actions";

const confirm = {
  name: "confirmMerge",
  label: "Ja, voeg samen",
  hint: "De andere persoon verdwijnt en alles hierboven gaat over. Dit kun je niet terugdraaien.",
};

/** Merging takes a ticked confirmation, so one stray click removes nobody. */
export function MergePersonForm({ keepId, mergeId }: { keepId: string; mergeId: string }) {
  return <ConfirmForm action={mergePeopleAction} hidden={{ keepId, mergeId }} confirm={confirm} submit="Voeg samen" />;
}
