"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import type { RsvpStatus } from "@/lib/db/generated/enums";
import { rsvpAction } from "@/lib/meetings/actions";
import { rsvpStatusSentences } from "@/lib/meetings/rsvp-labels";


export function RsvpForm({ meetingId, current }: { meetingId: string; current: RsvpStatus | null }) {
  const { state, pending, formProps } = useFormAction(rsvpAction);
  return (
    <form {...formProps}>
      <FormMessage state={state} />
      {state.status === "idle" && <p className="mb-3">{current ? rsvpStatusSentences[current] : "Laat je weten of je komt?"}</p>}
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="status" value="ATTENDING" disabled={pending} className="button cursor-pointer disabled:opacity-70">
          Ik kom
        </button>
        <button
          type="submit"
          name="status"
          value="NOT_ATTENDING"
          disabled={pending}
          className="cursor-pointer rounded border-2 border-brand-700 px-5 py-3 font-semibold text-brand-700 hover:bg-brand-100 disabled:opacity-70"
        >
          Ik kom niet
        </button>
      </div>
    </form>
  );
}
