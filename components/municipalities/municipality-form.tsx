"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { createMunicipalityAction, updateMunicipalityAction } from "@/lib/municipalities/admin-actions";

const labels = {
  name: "Naam",
  cbsCode: "CBS-code",
  invoiceContactName: "Contactpersoon voor facturen",
  invoiceContactEmail: "E-mailadres voor facturen",
  invoiceAddress: "Factuuradres",
};

type Props = { municipality?: Record<string, string> & { id: string } };

/** Adding a municipality ("nieuw") or editing one (with `municipality`). */
export function MunicipalityForm({ municipality }: Props) {
  const { state, pending, formProps } = useFormAction(municipality ? updateMunicipalityAction : createMunicipalityAction);
  const values = state.values ?? municipality ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form {...formProps} className="max-w-xl">
      <ErrorSummary fieldErrors={state.fieldErrors} labels={labels} />
      <FormMessage state={state} />
      {municipality && <input type="hidden" name="id" value={municipality.id} />}
      <TextField name="name" label={labels.name} hint="Zonder ‘Gemeente’, bijvoorbeeld: Tilburg." defaultValue={values.name} error={errors.name} maxLength={80} autoComplete="off" />
      <TextField name="cbsCode" label={labels.cbsCode} optional hint="GM en vier cijfers, bijvoorbeeld GM0855." defaultValue={values.cbsCode} error={errors.cbsCode} maxLength={6} autoComplete="off" />
      <TextField name="invoiceContactName" label={labels.invoiceContactName} optional defaultValue={values.invoiceContactName} error={errors.invoiceContactName} maxLength={100} autoComplete="off" />
      <TextField name="invoiceContactEmail" label={labels.invoiceContactEmail} type="email" optional defaultValue={values.invoiceContactEmail} error={errors.invoiceContactEmail} maxLength={254} autoComplete="off" />
      <TextArea name="invoiceAddress" label={labels.invoiceAddress} optional hint="Zoals het op de factuur moet staan, over meerdere regels." defaultValue={values.invoiceAddress} error={errors.invoiceAddress} maxLength={500} />
      <SubmitButton pending={pending}>{municipality ? "Gemeente opslaan" : "Gemeente toevoegen"}</SubmitButton>
    </form>
  );
}
