"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { createMunicipalityAction, updateMunicipalityAction } from "@/lib/municipalities/admin-actions";
import { FormFeedback } from "@/components/forms/form-feedback";

const labels = {
  name: "Naam",
  cbsCode: "CBS-code",
  invoiceContactName: "Contactpersoon voor facturen",
  invoiceContactEmail: "E-mailadres voor facturen",
  invoiceStreet: "Straat en huisnummer, of postbus",
  invoicePostcode: "Postcode",
  invoiceCity: "Plaats",
  purchaseOrderNumber: "Opdrachtnummer of inkoopordernummer",
  oin: "OIN (organisatie-identificatienummer)",
  wantsEInvoice: "Facturen ook als e-factuur (UBL) sturen",
  publicParticipant: "Mag op de website genoemd worden als deelnemer",
  admissionDomains: "E-maildomeinen voor automatische toelating",
  leavingAfterYear: "Laatste jaar van deelname",
};

type Props = { municipality?: Record<string, string> & { id: string } };

/** Adding a municipality ("nieuw") or editing one (with `municipality`). */
export function MunicipalityForm({ municipality }: Props) {
  const { state, pending, formProps, errors } = useFormAction(municipality ? updateMunicipalityAction : createMunicipalityAction);
  const values = state.values ?? municipality ?? {};
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={labels} />
      {municipality && <input type="hidden" name="id" value={municipality.id} />}
      <TextField
        name="name"
        label={labels.name}
        hint="Zonder ‘Gemeente’, bijvoorbeeld: Tilburg."
        defaultValue={values.name}
        error={errors.name}
        maxLength={80}
        autoComplete="off"
      />
      <TextField
        name="cbsCode"
        label={labels.cbsCode}
        optional
        hint="GM en vier cijfers, bijvoorbeeld GM0855."
        defaultValue={values.cbsCode}
        error={errors.cbsCode}
        maxLength={6}
        autoComplete="off"
      />
      <TextField
        name="invoiceContactName"
        label={labels.invoiceContactName}
        optional
        hint="Zonder opdrachtnummer is dit in de e-factuur de referentie van de gemeente."
        defaultValue={values.invoiceContactName}
        error={errors.invoiceContactName}
        maxLength={100}
        autoComplete="off"
      />
      <TextField
        name="invoiceContactEmail"
        label={labels.invoiceContactEmail}
        type="email"
        optional
        defaultValue={values.invoiceContactEmail}
        error={errors.invoiceContactEmail}
        maxLength={254}
        autoComplete="off"
      />
      <fieldset className="mb-5">
        <legend className="mb-2 text-lg font-semibold">Factuuradres</legend>
        <p className="mb-3">Vul alle drie in, of laat ze leeg. Een factuur wordt pas gemaakt als het adres er is.</p>
        <TextField
          name="invoiceStreet"
          label={labels.invoiceStreet}
          optional
          hint="Bijvoorbeeld: Postbus 90155 of Stadhuisplein 130."
          defaultValue={values.invoiceStreet}
          error={errors.invoiceStreet}
          maxLength={200}
          autoComplete="off"
        />
        <TextField
          name="invoicePostcode"
          label={labels.invoicePostcode}
          optional
          hint="Bijvoorbeeld: 5000 LH."
          defaultValue={values.invoicePostcode}
          error={errors.invoicePostcode}
          maxLength={7}
          autoComplete="off"
        />
        <TextField
          name="invoiceCity"
          label={labels.invoiceCity}
          optional
          defaultValue={values.invoiceCity}
          error={errors.invoiceCity}
          maxLength={80}
          autoComplete="off"
        />
      </fieldset>
      <TextField
        name="purchaseOrderNumber"
        label={labels.purchaseOrderNumber}
        optional
        hint="Komt op elke factuur, als de gemeente dat vraagt."
        defaultValue={values.purchaseOrderNumber}
        error={errors.purchaseOrderNumber}
        maxLength={50}
        autoComplete="off"
      />
      <TextField
        name="oin"
        label={labels.oin}
        optional
        hint="20 cijfers; het adres voor e-facturen via Peppol. Nodig voor de e-factuur."
        defaultValue={values.oin}
        error={errors.oin}
        maxLength={20}
        inputMode="numeric"
        autoComplete="off"
      />
      <CheckboxField name="wantsEInvoice" label={labels.wantsEInvoice} defaultChecked={values.wantsEInvoice === "ja"} error={errors.wantsEInvoice} />
      <CheckboxField
        name="publicParticipant"
        label={labels.publicParticipant}
        hint="Alleen als de gemeente dat goedvindt: dan staat haar naam op de pagina Deelnemen, in de jaren dat ze meedoet. Nooit namen van mensen."
        defaultChecked={values.publicParticipant === "ja"}
        error={errors.publicParticipant}
      />
      <TextField
        name="admissionDomains"
        label={labels.admissionDomains}
        optional
        hint="Bijvoorbeeld almere.nl. Wie zich aanmeldt met een adres op zo'n domein en het bevestigt, is meteen toegelaten zolang de gemeente meedoet; het logboek noemt het domein. Leeg: elke aanmelding wacht op jou."
        defaultValue={values.admissionDomains}
        error={errors.admissionDomains}
        maxLength={500}
        autoComplete="off"
      />
      <TextField
        name="leavingAfterYear"
        label={labels.leavingAfterYear}
        optional
        hint="Alleen als de gemeente stopt: na dit jaar wordt de deelname niet verlengd."
        defaultValue={values.leavingAfterYear}
        error={errors.leavingAfterYear}
        maxLength={4}
        inputMode="numeric"
        autoComplete="off"
      />
      <SubmitButton pending={pending}>{municipality ? "Gemeente opslaan" : "Gemeente toevoegen"}</SubmitButton>
    </form>
  );
}
