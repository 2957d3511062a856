"use client";

import { useState } from "react";
import { RadioGroup } from "@/components/forms/radio-group";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { givePositionAction } from "@/lib/kernclub/admin-actions";
import { positionRoleLabels } from "@/lib/kernclub/position-role";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";

type Props = { municipalities: { value: string; label: string }[]; today: string };

const labels = {
  email: "E-mailadres van de persoon",
  role: "Functie",
  municipalityId: "Gemeente",
  startedOn: "Begindatum",
  contactEmail: "E-mailadres voor de functie",
  contactPhone: "Telefoonnummer voor de functie",
};

const roleOptions = Object.entries(positionRoleLabels).map(([value, label]) => ({ value, label }));

export function GivePositionForm({ municipalities, today }: Props) {
  const { state, pending, formProps, errors, values } = useFormAction(givePositionAction);
  const { field } = fieldsOf(labels, values, errors);
  // After a success the fields start empty again: a new key remounts them (typed-in values would otherwise stay).
  const [shown, setShown] = useState(state);
  const [round, setRound] = useState(0);
  if (state !== shown) {
    setShown(state);
    if (state.status === "success") setRound(round + 1);
  }
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={labels} />
      <div key={round}>
        <TextField {...field("email")} type="email" hint="De persoon moet al bekend zijn bij Mensen." maxLength={254} />
        <RadioGroup {...field("role")} options={roleOptions} />
        <SelectField
          {...field("municipalityId")}
          optional
          hint="De gemeente die de persoon in deze functie vertegenwoordigt."
          placeholder="Geen gemeente"
          options={municipalities}
        />
        <TextField {...field("startedOn")} type="date" defaultValue={values.startedOn ?? today} />
        <TextField {...field("contactEmail")} type="email" optional hint="Voor de secretaris: dit adres staat op de contactpagina." maxLength={254} />
        <TextField {...field("contactPhone")} type="tel" optional hint="Bijvoorbeeld 06-12 34 56 78." maxLength={20} />
      </div>
      <SubmitButton pending={pending}>Functie geven</SubmitButton>
    </form>
  );
}
