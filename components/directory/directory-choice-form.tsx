"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { ThemeChoice } from "@/components/themes/theme-choice";
import { saveDirectoryChoiceAction } from "@/lib/directory/actions";
import type { ThemeOption } from "@/lib/themes/queries";

const labels = {
  listed: "Zet mij in de ledenlijst",
  showEmail: "Toon mijn e-mailadres",
  showPhone: "Toon mijn telefoonnummer",
  themeIds: "Thema's",
};

type Props = {
  /** The saved choice as form values ("ja" for a ticked box, theme ids joined with commas). */
  choice: Record<string, string>;
  themes: ThemeOption[];
  email: string | null;
  phone: string | null;
};

/** Being listed in /leden: off unless ticked; each way to reach you is a choice of its own. */
export function DirectoryChoiceForm({ choice, themes, email, phone }: Props) {
  const { state, pending, formProps, errors } = useFormAction(saveDirectoryChoiceAction);
  const values = state.values ?? choice;
  const { checkbox } = fieldsOf(labels, values, errors);
  return (
    <form {...formProps} className="max-w-xl">
      <FormFeedback state={state} labels={labels} />
      {/* Remounted after each save, so the boxes show what was saved (leaving clears them all). */}
      <div key={JSON.stringify(values)}>
        <CheckboxField {...checkbox("listed")} hint="Uit: je staat niet in de lijst, en wat je hieronder kiest wordt niet bewaard." />
        <fieldset className="mb-5">
          <legend className="font-semibold">Hoe collega&apos;s je kunnen bereiken</legend>
          <p className="mb-2 text-sm text-neutral-700">Alleen wat je aanvinkt, staat in de lijst.</p>
          <CheckboxField {...checkbox("showEmail")} hint={email ?? undefined} />
          <CheckboxField {...checkbox("showPhone")} hint={phone ?? "Je hebt geen telefoonnummer opgegeven: vul het hierboven in bij je gegevens."} />
        </fieldset>
        {themes.length > 0 && (
          <ThemeChoice
            options={themes}
            selected={values.themeIds ?? ""}
            error={errors.themeIds}
            hint="De thema's waar je aan werkt: collega's zoeken in de lijst op thema."
          />
        )}
      </div>
      <SubmitButton pending={pending}>Keuze opslaan</SubmitButton>
    </form>
  );
}
