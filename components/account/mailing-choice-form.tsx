"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { saveMailingChoiceAction } from "@/lib/mailings/actions";

/** Whether the person gets the secretary's mailings; invitations and invoices come either way. */
export function MailingChoiceForm({ receivesMailings }: { receivesMailings: boolean }) {
  const { state, pending, formProps } = useFormAction(saveMailingChoiceAction);
  const checked = state.values ? state.values.receiveMailings === "ja" : receivesMailings;
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={{ receiveMailings: "Berichten van het netwerk" }} />
      <CheckboxField
        name="receiveMailings"
        label="Ik krijg berichten van het netwerk"
        hint="Korte berichten van de secretaris tussen de bijeenkomsten door. Uitnodigingen voor bijeenkomsten, facturen en inloglinks krijg je altijd."
        defaultChecked={checked}
      />
      <SubmitButton pending={pending}>Keuze voor berichten opslaan</SubmitButton>
    </form>
  );
}
