"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { deleteThemeAction } from "@/lib/themes/admin-actions";

type Props = { themeId: string; name: string; meetings: number; articles: number };

/** Deleting a theme: a tick that says what goes with it, then the button; without the tick nothing happens. */
export function DeleteThemeForm({ themeId, name, meetings, articles }: Props) {
  const { state, pending, formProps, errors } = useFormAction(deleteThemeAction);
  return (
    <form {...formProps} className="max-w-2xl">
      <FormFeedback state={state} labels={{ confirmed: "Bevestiging", themeId: "Thema" }} />
      <input type="hidden" name="themeId" value={themeId} />
      <CheckboxField
        name="confirmed"
        label={`Ja, verwijder “${name}”`}
        hint={`${meetings} bijeenkomst${meetings === 1 ? "" : "en"} en ${articles} bericht${articles === 1 ? "" : "en"} verliezen dit thema. Dat is niet terug te draaien.`}
        error={errors?.confirmed}
      />
      <SubmitButton pending={pending} variant="danger">
        Verwijder dit thema
      </SubmitButton>
    </form>
  );
}
