"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { RadioGroup } from "@/components/forms/radio-group";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormAction } from "@/lib/auth/action-client";
import { meetingKindLabels } from "@/lib/meetings/meeting-kind";
import { meetingLabels } from "@/lib/meetings/meeting-schema";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";
import type { ThemeOption } from "@/lib/themes/queries";
import { ThemeChoice } from "@/components/themes/theme-choice";

type Props = {
  action: FormAction;
  /** Set when editing: the meeting's id travels in a hidden field. */
  meetingId?: string;
  initial: Record<string, string>;
  municipalities: { value: string; label: string }[];
  themes: ThemeOption[];
  submitLabel: string;
};

const kindOptions = Object.entries(meetingKindLabels).map(([value, label]) => ({ value, label }));
const statusOptions = [
  { value: "concept", label: "Concept", hint: "Alleen zichtbaar in het beheer." },
  { value: "gepubliceerd", label: "Gepubliceerd", hint: "Zichtbaar in de agenda en in de agenda-bestanden." },
];

/** One form for creating and editing a meeting. */
export function MeetingForm({ action, meetingId, initial, municipalities, themes, submitLabel }: Props) {
  const { state, pending, formProps, errors } = useFormAction(action);
  const values = state.values ?? initial;
  const { field, checkbox } = fieldsOf(meetingLabels, values, errors);
  return (
    <form {...formProps} className="max-w-2xl">
      <FormFeedback state={state} labels={meetingLabels} />
      {meetingId && <input type="hidden" name="meetingId" value={meetingId} />}
      <TextField {...field("title")} maxLength={200} />
      <RadioGroup {...field("kind")} options={kindOptions} />
      <TextField {...field("startDate")} type="date" />
      <TextField
        {...field("endDate")}
        type="date"
        optional
        hint="Leeg laten als de bijeenkomst op één dag is. Een 24-uursbijeenkomst eindigt de dag na de begindag."
      />
      <CheckboxField {...checkbox("timesKnown")} hint="Zonder tijden toont de site alleen de dagen." />
      <TextField {...field("startTime")} type="time" hint="Verplicht als de tijden bekend zijn, bijvoorbeeld 13:00." />
      <TextField {...field("endTime")} type="time" hint="Verplicht als de tijden bekend zijn, bijvoorbeeld 17:00." />
      <CheckboxField {...checkbox("tentative")} />
      <TextField {...field("location")} optional hint="Bijvoorbeeld de naam van het gebouw of de plaats." maxLength={200} />
      <TextArea {...field("address")} optional rows={3} maxLength={500} />
      <SelectField {...field("hostMunicipalityId")} optional placeholder="Geen gastgemeente" options={municipalities} />
      <ThemeChoice options={themes} selected={values.themeIds ?? ""} error={errors.themeIds} />
      <TextArea {...field("description")} optional rows={6} maxLength={5000} />
      <TextField {...field("scheduleNote")} optional maxLength={300} />
      <fieldset className="mb-5">
        <legend className="mb-2 text-lg font-semibold">Plaatsen en antwoorden</legend>
        <TextField {...field("capacity")} optional hint="Leeg: geen grens. Wie ja zegt als alles bezet is, komt op de wachtlijst." maxLength={6} />
        <TextField {...field("dinnerCapacity")} optional hint="Alleen bij een 24-uursbijeenkomst." maxLength={6} />
        <TextField {...field("overnightCapacity")} optional hint="Alleen bij een 24-uursbijeenkomst." maxLength={6} />
        <TextField {...field("answerDeadlineDate")} type="date" optional hint="Leeg: tot de bijeenkomst begint." />
        <TextField {...field("answerDeadlineTime")} type="time" optional hint="Verplicht als je een datum invult, bijvoorbeeld 17:00." />
        <TextField
          {...field("reminderDaysBefore")}
          optional
          hint="Wie nog niet antwoordde krijgt zoveel dagen vooraf een herinnering. Leeg: geen herinnering."
          maxLength={2}
        />
        <TextField
          {...field("attendeeReminderDaysBefore")}
          optional
          hint="Wie liet weten te komen krijgt zoveel dagen vooraf een herinnering met de agenda-uitnodiging, het adres en de link naar de documenten. Leeg: geen herinnering."
          maxLength={2}
        />
      </fieldset>
      <RadioGroup {...field("status")} options={statusOptions} />
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
