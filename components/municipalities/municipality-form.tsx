"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { createMunicipalityAction, updateMunicipalityAction } from "@/lib/municipalities/admin-actions";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";

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
  const { field, checkbox } = fieldsOf(labels, state.values ?? municipality ?? {}, errors);
  // Optional, and never filled in by the browser with the secretary's own details.
  const detail = (name: keyof typeof labels) => ({ ...field(name), optional: true, autoComplete: "off" });
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={labels} />
      {municipality && <input type="hidden" name="id" value={municipality.id} />}
      <TextField {...field("name")} hint="Zonder ‘Gemeente’, bijvoorbeeld: Tilburg." maxLength={80} autoComplete="off" />
      <TextField {...detail("cbsCode")} hint="GM en vier cijfers, bijvoorbeeld GM0855." maxLength={6} />
      <TextField {...detail("invoiceContactName")} hint="Zonder opdrachtnummer is dit in de e-factuur de referentie van de gemeente." maxLength={100} />
      <TextField {...detail("invoiceContactEmail")} type="email" maxLength={254} />
      <fieldset className="mb-5">
        <legend className="mb-2 text-lg font-semibold">Factuuradres</legend>
        <p className="mb-3">Vul alle drie in, of laat ze leeg. Een factuur wordt pas gemaakt als het adres er is.</p>
        <TextField {...detail("invoiceStreet")} hint="Bijvoorbeeld: Postbus 90155 of Stadhuisplein 130." maxLength={200} />
        <TextField {...detail("invoicePostcode")} hint="Bijvoorbeeld: 5000 LH." maxLength={7} />
        <TextField {...detail("invoiceCity")} maxLength={80} />
      </fieldset>
      <TextField {...detail("purchaseOrderNumber")} hint="Komt op elke factuur, als de gemeente dat vraagt." maxLength={50} />
      <TextField {...detail("oin")} hint="20 cijfers; het adres voor e-facturen via Peppol. Nodig voor de e-factuur." maxLength={20} inputMode="numeric" />
      <CheckboxField {...checkbox("wantsEInvoice")} />
      <CheckboxField
        {...checkbox("publicParticipant")}
        hint="Alleen als de gemeente dat goedvindt: dan staat haar naam op de pagina Deelnemen, in de jaren dat ze meedoet. Nooit namen van mensen."
      />
      <TextField
        {...detail("admissionDomains")}
        hint="Bijvoorbeeld almere.nl. Wie zich aanmeldt met een adres op zo'n domein en het bevestigt, is meteen toegelaten zolang de gemeente meedoet; het logboek noemt het domein. Leeg: elke aanmelding wacht op jou."
        maxLength={500}
      />
      <TextField
        {...detail("leavingAfterYear")}
        hint="Alleen als de gemeente stopt: na dit jaar wordt de deelname niet verlengd."
        maxLength={4}
        inputMode="numeric"
      />
      <SubmitButton pending={pending}>{municipality ? "Gemeente opslaan" : "Gemeente toevoegen"}</SubmitButton>
    </form>
  );
}
