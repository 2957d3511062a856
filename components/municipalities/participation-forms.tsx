"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { endParticipationAction, giveParticipationAction } from "@/lib/municipalities/admin-actions";

const giveLabels = { giveYear: "Jaar van deelname" };
const endLabels = { fromYear: "Niet meer meedoen vanaf", confirmEnd: "Bevestiging" };
const yearOptions = (years: number[]) => years.map((year) => ({ value: String(year), label: String(year) }));

/** Lets the municipality take part in a year: its membership and fee record, once. */
export function GiveParticipationForm({ municipalityId, years }: { municipalityId: string; years: number[] }) {
  const { state, pending, formProps, values, errors } = useFormAction(giveParticipationAction);
  const { field } = fieldsOf(giveLabels, values, errors);
  return (
    <form {...formProps} className="mb-6 max-w-xl">
      <FormFeedback state={state} labels={giveLabels} />
      <input type="hidden" name="id" value={municipalityId} />
      <SelectField
        {...field("giveYear")}
        placeholder="Kies een jaar"
        options={yearOptions(years)}
        hint="De gemeente doet dat jaar mee, met een bijdrage van dat jaar; al haar toegelaten mensen hebben dan de rechten van een deelnemer."
      />
      <SubmitButton pending={pending}>Deelname geven</SubmitButton>
    </form>
  );
}

/** Ends taking part from a year on; takes a ticked confirmation. */
export function EndParticipationForm({ municipalityId, years }: { municipalityId: string; years: number[] }) {
  const { state, pending, formProps, values, errors } = useFormAction(endParticipationAction);
  const { field } = fieldsOf(endLabels, values, errors);
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={endLabels} />
      <input type="hidden" name="id" value={municipalityId} />
      <SelectField
        {...field("fromYear")}
        placeholder="Kies een jaar"
        options={yearOptions(years)}
        hint="De deelname van dat jaar en later vervalt; een open bijdrage van die jaren wordt kwijtgescholden, nooit verwijderd. De jaarlijkse verlenging slaat de gemeente daarna over."
      />
      <CheckboxField name="confirmEnd" label="Ja, ik wil de deelname beëindigen" error={errors.confirmEnd} />
      <SubmitButton pending={pending} variant="danger">
        Deelname beëindigen
      </SubmitButton>
    </form>
  );
}
