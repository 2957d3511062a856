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

/** One form for creating and editing a meeting. */
export function MeetingForm({ action, meetingId, initial, municipalities, themes, submitLabel }: Props) {
  const { state, pending, formProps, errors } = useFormAction(action);
  const values = state.values ?? initial;
  return (
    <form {...formProps} className="max-w-2xl">
      <FormFeedback state={state} labels={meetingLabels} />
      {meetingId && <input type="hidden" name="meetingId" value={meetingId} />}
      <TextField name="title" label="Titel" defaultValue={values.title} error={errors.title} maxLength={200} />
      <RadioGroup name="kind" legend="Soort bijeenkomst" options={kindOptions} defaultValue={values.kind} error={errors.kind} />
      <TextField name="startDate" label="Begindatum" type="date" defaultValue={values.startDate} error={errors.startDate} />
      <TextField
        name="endDate"
        label="Einddatum"
        type="date"
        optional
        hint="Leeg laten als de bijeenkomst op één dag is. Een 24-uursbijeenkomst eindigt de dag na de begindag."
        defaultValue={values.endDate}
        error={errors.endDate}
      />
      <CheckboxField
        name="timesKnown"
        label="De tijden zijn bekend"
        hint="Zonder tijden toont de site alleen de dagen."
        defaultChecked={values.timesKnown === "ja"}
        error={errors.timesKnown}
      />
      <TextField
        name="startTime"
        label="Begintijd"
        type="time"
        hint="Verplicht als de tijden bekend zijn, bijvoorbeeld 13:00."
        defaultValue={values.startTime}
        error={errors.startTime}
      />
      <TextField
        name="endTime"
        label="Eindtijd"
        type="time"
        hint="Verplicht als de tijden bekend zijn, bijvoorbeeld 17:00."
        defaultValue={values.endTime}
        error={errors.endTime}
      />
      <CheckboxField name="tentative" label="Datum onder voorbehoud" defaultChecked={values.tentative === "ja"} error={errors.tentative} />
      <TextField
        name="location"
        label="Locatie"
        optional
        hint="Bijvoorbeeld de naam van het gebouw of de plaats."
        defaultValue={values.location}
        error={errors.location}
        maxLength={200}
      />
      <TextArea name="address" label="Adres" optional rows={3} defaultValue={values.address} error={errors.address} maxLength={500} />
      <SelectField
        name="hostMunicipalityId"
        label="Gastgemeente"
        optional
        placeholder="Geen gastgemeente"
        options={municipalities}
        defaultValue={values.hostMunicipalityId}
        error={errors.hostMunicipalityId}
      />
      <ThemeChoice options={themes} selected={values.themeIds ?? ""} error={errors.themeIds} />
      <TextArea name="description" label="Beschrijving" optional rows={6} defaultValue={values.description} error={errors.description} maxLength={5000} />
      <TextField
        name="scheduleNote"
        label="Opmerking over het programma"
        optional
        defaultValue={values.scheduleNote}
        error={errors.scheduleNote}
        maxLength={300}
      />
      <fieldset className="mb-5">
        <legend className="mb-2 text-lg font-semibold">Plaatsen en antwoorden</legend>
        <TextField
          name="capacity"
          label="Aantal plaatsen"
          optional
          hint="Leeg: geen grens. Wie ja zegt als alles bezet is, komt op de wachtlijst."
          defaultValue={values.capacity}
          error={errors.capacity}
          maxLength={6}
        />
        <TextField
          name="dinnerCapacity"
          label="Plaatsen voor het diner"
          optional
          hint="Alleen bij een 24-uursbijeenkomst."
          defaultValue={values.dinnerCapacity}
          error={errors.dinnerCapacity}
          maxLength={6}
        />
        <TextField
          name="overnightCapacity"
          label="Overnachtingsplaatsen"
          optional
          hint="Alleen bij een 24-uursbijeenkomst."
          defaultValue={values.overnightCapacity}
          error={errors.overnightCapacity}
          maxLength={6}
        />
        <TextField
          name="answerDeadlineDate"
          label="Antwoorden kan tot (datum)"
          type="date"
          optional
          hint="Leeg: tot de bijeenkomst begint."
          defaultValue={values.answerDeadlineDate}
          error={errors.answerDeadlineDate}
        />
        <TextField
          name="answerDeadlineTime"
          label="Antwoorden kan tot (tijd)"
          type="time"
          optional
          hint="Verplicht als je een datum invult, bijvoorbeeld 17:00."
          defaultValue={values.answerDeadlineTime}
          error={errors.answerDeadlineTime}
        />
        <TextField
          name="reminderDaysBefore"
          label="Herinnering, dagen vooraf"
          optional
          hint="Wie nog niet antwoordde krijgt zoveel dagen vooraf een herinnering. Leeg: geen herinnering."
          defaultValue={values.reminderDaysBefore}
          error={errors.reminderDaysBefore}
          maxLength={2}
        />
        <TextField
          name="attendeeReminderDaysBefore"
          label="Herinnering aan wie komen, dagen vooraf"
          optional
          hint="Wie liet weten te komen krijgt zoveel dagen vooraf een herinnering met de agenda-uitnodiging, het adres en de link naar de documenten. Leeg: geen herinnering."
          defaultValue={values.attendeeReminderDaysBefore}
          error={errors.attendeeReminderDaysBefore}
          maxLength={2}
        />
      </fieldset>
      <RadioGroup
        name="status"
        legend="Status"
        options={[
          { value: "concept", label: "Concept", hint: "Alleen zichtbaar in het beheer." },
          { value: "gepubliceerd", label: "Gepubliceerd", hint: "Zichtbaar in de agenda en in de agenda-bestanden." },
        ]}
        defaultValue={values.status}
        error={errors.status}
      />
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
