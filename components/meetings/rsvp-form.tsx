"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextArea } from "@/components/forms/text-area";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormAction } from "@/lib/auth/action-client";
import type { CurrentAnswer } from "@/lib/meetings/rsvp-queries";
import { meetingDaysLabels, rsvpStatusSentences } from "@/lib/meetings/rsvp-labels";
import { rsvpLabels } from "@/lib/meetings/rsvp-schema";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";

type Props = {
  action: FormAction;
  /** Hidden fields: the meeting, and on the answer page the person and the link's signature. */
  hidden: Record<string, string>;
  twentyFourHour: boolean;
  current: CurrentAnswer | null;
  /** The answer the button in the e-mail suggested: only emphasised, recorded when the button is pressed. */
  suggested?: "ATTENDING" | "NOT_ATTENDING";
  /** On the answer page (the link may be forwarded) wishes given before are not sent to the browser, only whether there are any. */
  dietaryWishesGiven?: boolean;
  retentionDays: number;
};

const dayOptions = Object.entries(meetingDaysLabels).map(([value, label]) => ({ value, label }));
const primary = "button cursor-pointer disabled:opacity-70";
const secondary = "cursor-pointer rounded border-2 border-brand-700 px-5 py-3 font-semibold text-brand-700 hover:bg-brand-100 disabled:opacity-70";

function currentSentence(current: CurrentAnswer | null) {
  if (!current) return "Laat je weten of je komt?";
  if (current.status === "WAITLISTED" && current.waitlistPosition) return `${rsvpStatusSentences.WAITLISTED} Je bent nummer ${current.waitlistPosition}.`;
  return rsvpStatusSentences[current.status];
}

/** "Ik kom" / "Ik kom niet", with days, dinner, overnight stay and dietary wishes for a 24-hour meeting. */
export function RsvpForm({ action, hidden, twentyFourHour, current, suggested, dietaryWishesGiven, retentionDays }: Props) {
  const { state, pending, formProps, errors } = useFormAction(action);
  const values = state.values ?? {
    days: current?.days ?? "BOTH",
    dinner: current?.dinner ? "ja" : "",
    overnight: current?.overnight ? "ja" : "",
    dietaryWishes: current?.dietaryWishes ?? "",
  };
  const { field, checkbox } = fieldsOf(rsvpLabels, values, errors);
  const yesFirst = suggested !== "NOT_ATTENDING";
  return (
    <form {...formProps}>
      <FormFeedback state={state} labels={rsvpLabels} />
      {state.status === "idle" && <p className="mb-3">{currentSentence(current)}</p>}
      {state.status === "idle" && suggested && (
        <p className="mb-3">In de e-mail koos je voor “{suggested === "ATTENDING" ? "Ik kom" : "Ik kom niet"}”. Bevestig dat met de knop hieronder.</p>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {twentyFourHour && (
        <fieldset className="mb-5">
          <legend className="mb-2 text-lg font-semibold">Als je komt</legend>
          <RadioGroup {...field("days")} label="Welke dagen kom je?" options={dayOptions} />
          <CheckboxField {...checkbox("dinner")} label="Ik eet mee met het diner" />
          <CheckboxField {...checkbox("overnight")} label="Ik blijf overnachten" />
          <TextArea
            {...field("dietaryWishes")}
            optional
            rows={3}
            maxLength={500}
            hint={`Alleen de secretaris ziet dit. We wissen het ${retentionDays} dagen na de bijeenkomst.${
              dietaryWishesGiven ? " Je gaf al wensen door; die tonen we hier niet. Laat dit veld leeg om ze te bewaren." : ""
            }`}
          />
        </fieldset>
      )}
      <div className={`flex flex-wrap gap-3 ${yesFirst ? "" : "flex-row-reverse justify-end"}`}>
        <button type="submit" name="status" value="ATTENDING" disabled={pending} className={yesFirst ? primary : secondary}>
          Ik kom
        </button>
        <button type="submit" name="status" value="NOT_ATTENDING" disabled={pending} className={yesFirst ? secondary : primary}>
          Ik kom niet
        </button>
      </div>
    </form>
  );
}
