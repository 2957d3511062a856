"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { endParticipationAction, giveParticipationAction } from "@/lib/municipalities/admin-actions";

const yearOptions = (years: number[]) => years.map((year) => ({ value: String(year), label: String(year) }));

/** Lets the municipality take part in a year: its membership and fee record, once. */
export function GiveParticipationForm({ municipalityId, years }: { municipalityId: string; years: number[] }) {
  const { state, pending, formProps } = useFormAction(giveParticipationAction);
  return (
    <form {...formProps} className="mb-6 max-w-xl">
      <ErrorSummary fieldErrors={state.fieldErrors} labels={{ giveYear: "Jaar van deelname" }} />
      <FormMessage state={state} />
      <input type="hidden" name="id" value={municipalityId} />
      <SelectField
        name="giveYear"
        label="Jaar van deelname"
        placeholder="Kies een jaar"
        options={yearOptions(years)}
        hint="De gemeente doet dat jaar mee, met een bijdrage van dat jaar; al haar toegelaten mensen hebben dan de rechten van een deelnemer."
        defaultValue={state.values?.giveYear}
        error={state.fieldErrors?.giveYear}
      />
      <SubmitButton pending={pending}>Deelname geven</SubmitButton>
    </form>
  );
}

/** Ends taking part from a year on; takes a ticked confirmation. */
export function EndParticipationForm({ municipalityId, years }: { municipalityId: string; years: number[] }) {
  const { state, pending, formProps } = useFormAction(endParticipationAction);
  return (
    <form {...formProps} className="max-w-xl">
      <ErrorSummary fieldErrors={state.fieldErrors} labels={{ fromYear: "Niet meer meedoen vanaf", confirmEnd: "Bevestiging" }} />
      <FormMessage state={state} />
      <input type="hidden" name="id" value={municipalityId} />
      <SelectField
        name="fromYear"
        label="Niet meer meedoen vanaf"
        placeholder="Kies een jaar"
        options={yearOptions(years)}
        hint="De deelname van dat jaar en later vervalt; een open bijdrage van die jaren wordt kwijtgescholden, nooit verwijderd. De jaarlijkse verlenging slaat de gemeente daarna over."
        defaultValue={state.values?.fromYear}
        error={state.fieldErrors?.fromYear}
      />
      <CheckboxField name="confirmEnd" label="Ja, ik wil de deelname beëindigen" error={state.fieldErrors?.confirmEnd} />
      <SubmitButton pending={pending} variant="danger">
        Deelname beëindigen
      </SubmitButton>
    </form>
  );
}
