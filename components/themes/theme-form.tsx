"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { saveThemeAction } from "@/lib/themes/admin-actions";

export type ThemeFormValues = Record<"name" | "slug" | "description", string>;

const labels = { name: "Naam", slug: "Adres", description: "Korte beschrijving" };

/** One form for a new and an existing theme. */
export function ThemeForm({ themeId, initial }: { themeId?: string; initial: ThemeFormValues }) {
  const { state, pending, formProps } = useFormAction(saveThemeAction);
  const values = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  return (
    <form {...formProps} className="max-w-2xl">
      <ErrorSummary fieldErrors={state.fieldErrors} labels={labels} />
      <FormMessage state={state} />
      {themeId && <input type="hidden" name="themeId" value={themeId} />}
      <TextField name="name" label={labels.name} defaultValue={values.name} error={errors.name} maxLength={80} />
      <TextField
        name="slug"
        label={labels.slug}
        optional
        hint={
          themeId
            ? "De pagina staat op /themas/<adres>. Verander je het, dan werken oude links niet meer."
            : "De pagina komt op /themas/<adres>. Leeg: het adres wordt gemaakt van de naam."
        }
        defaultValue={values.slug}
        error={errors.slug}
        maxLength={80}
      />
      <TextArea
        name="description"
        label={labels.description}
        hint="Een of twee zinnen, op de lijst van thema's en boven de pagina van het thema."
        defaultValue={values.description}
        error={errors.description}
        maxLength={500}
        rows={3}
      />
      <SubmitButton pending={pending}>Thema opslaan</SubmitButton>
    </form>
  );
}
