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

type Props = { municipalities: { value: string; label: string }[]; today: string };

const labels = {
  email: "E-mailadres van de persoon",
  role: "Functie",
  municipalityId: "Gemeente",
  startedOn: "Begindatum",
  contactEmail: "E-mailadres voor de functie",
  contactPhone: "Telefoonnummer voor de functie",
};

export function GivePositionForm({ municipalities, today }: Props) {
  const { state, pending, formProps, errors, values } = useFormAction(givePositionAction);
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
        <TextField
          name="email"
          label={labels.email}
          type="email"
          hint="De persoon moet al bekend zijn bij Mensen."
          defaultValue={values.email}
          error={errors.email}
          maxLength={254}
        />
        <RadioGroup
          name="role"
          legend={labels.role}
          options={Object.entries(positionRoleLabels).map(([value, label]) => ({ value, label }))}
          defaultValue={values.role}
          error={errors.role}
        />
        <SelectField
          name="municipalityId"
          label={labels.municipalityId}
          optional
          hint="De gemeente die de persoon in deze functie vertegenwoordigt."
          placeholder="Geen gemeente"
          options={municipalities}
          defaultValue={values.municipalityId}
          error={errors.municipalityId}
        />
        <TextField name="startedOn" label={labels.startedOn} type="date" defaultValue={values.startedOn ?? today} error={errors.startedOn} />
        <TextField
          name="contactEmail"
          label={labels.contactEmail}
          type="email"
          optional
          hint="Voor de secretaris: dit adres staat op de contactpagina."
          defaultValue={values.contactEmail}
          error={errors.contactEmail}
          maxLength={254}
        />
        <TextField
          name="contactPhone"
          label={labels.contactPhone}
          type="tel"
          optional
          hint="Bijvoorbeeld 06-12 34 56 78."
          defaultValue={values.contactPhone}
          error={errors.contactPhone}
          maxLength={20}
        />
      </div>
      <SubmitButton pending={pending}>Functie geven</SubmitButton>
    </form>
  );
}
