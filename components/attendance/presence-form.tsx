"use client";

import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { recordPresenceAction } from "@/lib/attendance/admin-actions";
import type { AttendeeRow } from "@/lib/attendance/load-attendance";
import { presenceLabels } from "@/lib/attendance/presence-schema";
import { rsvpStatusLabels } from "@/lib/meetings/rsvp-labels";

type Props = { meetingId: string; rows: AttendeeRow[] };

/** The name, the municipality or organisation, and the answer when it was not "komt". */
function personLabel(row: AttendeeRow) {
  return (
    <>
      {row.name}
      {row.organisation && <span className="text-neutral-700"> ({row.organisation})</span>}
      {row.status !== "ATTENDING" && <span className="text-neutral-700">, antwoord: {rsvpStatusLabels[row.status].toLowerCase()}</span>}
    </>
  );
}

/**
 * Who actually came: one native checkbox per person who answered, all named `present` (one list, see idListField),
 * saved together with one button; works without JavaScript. After a submit the ticks are the ones just sent.
 */
export function PresenceForm({ meetingId, rows }: Props) {
  const { state, pending, formProps, values, errors } = useFormAction(recordPresenceAction);
  const ticked = state.values ? new Set((values.present ?? "").split(",")) : null;
  const attended = new Set(rows.filter((row) => row.attended).map((row) => row.id));
  return (
    <form {...formProps} className="max-w-2xl">
      <FormFeedback state={state} labels={presenceLabels} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <CheckboxGroup
        name="present"
        legend="Aanwezig"
        hint="Vink aan wie er was, ook wie eerst niet zou komen. Wie je niet aanvinkt, was er niet."
        error={errors.present ?? errors.meetingId}
        options={rows.map((row) => ({ value: row.id, label: personLabel(row) }))}
        checked={(id) => (ticked ? ticked.has(id) : attended.has(id))}
      />
      <SubmitButton pending={pending}>Presentielijst opslaan</SubmitButton>
    </form>
  );
}
