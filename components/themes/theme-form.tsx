"use client";

import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { saveThemeAction } from "@/lib/themes/admin-actions";

export type ThemeFormValues = Record<"name" | "slug" | "description", string>;

const labels = { name: "Naam", slug: "Adres", description: "Korte beschrijving" };

/** One form for a new and an existing theme. */
export function ThemeForm({ themeId, initial }: { themeId?: string; initial: ThemeFormValues }) {
  const { state, pending, formProps, errors } = useFormAction(saveThemeAction);
  const { field } = fieldsOf(labels, { ...initial, ...state.values }, errors);
  return (
    <form {...formProps} className="max-w-2xl">
      <FormFeedback state={state} labels={labels} />
      {themeId && <input type="hidden" name="themeId" value={themeId} />}
      <TextField {...field("name")} maxLength={80} />
      <TextField
        {...field("slug")}
        optional
        hint={
          themeId
            ? "De pagina staat op /themas/<adres>. Verander je het, dan werken oude links niet meer."
            : "De pagina komt op /themas/<adres>. Leeg: het adres wordt gemaakt van de naam."
        }
        maxLength={80}
      />
      <TextArea {...field("description")} hint="Een of twee zinnen, op de lijst van thema's en boven de pagina van het thema." maxLength={500} rows={3} />
      <SubmitButton pending={pending}>Thema opslaan</SubmitButton>
    </form>
  );
}
