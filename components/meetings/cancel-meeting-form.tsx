"use client";

import { ConfirmForm } from "@/components/forms/confirm-form";
import { cancelMeetingAction } from "@/lib/meetings/admin-actions";

const confirm = {
  name: "confirmCancel",
  label: "Ja, ik wil deze bijeenkomst afgelasten",
  hint: "De bijeenkomst blijft in de agenda staan, gemarkeerd als afgelast. Dit kun je hier niet terugdraaien.",
};

/** Calling a meeting off takes a ticked confirmation, so one stray click does nothing. */
export function CancelMeetingForm({ meetingId }: { meetingId: string }) {
  return <ConfirmForm action={cancelMeetingAction} hidden={{ meetingId }} confirm={confirm} submit="Bijeenkomst afgelasten" />;
}
