import { Choices } from "@/components/forms/choices";
import { FieldError } from "@/components/forms/field";
import type { ThemeOption } from "@/lib/themes/queries";

type Props = { options: ThemeOption[]; selected: string; error?: string; hint?: string };

/**
 * The themes of a meeting or article: one checkbox per theme, all named `themeIds` (the action reads them as one list,
 * see idListField); works without JavaScript. `selected` is the chosen ids joined with commas, as the form's values hold them.
 */
export function ThemeChoice({ options, selected, error, hint = "Op de pagina van elk gekozen thema komt dit te staan." }: Props) {
  const chosen = new Set(selected.split(",").filter(Boolean));
  return (
    <fieldset className="mb-5" aria-describedby={error ? "themeIds-error" : "themeIds-hint"}>
      <legend className="font-semibold">
        Thema&apos;s <span className="font-normal">(niet verplicht)</span>
      </legend>
      <p id="themeIds-hint" className="text-sm text-neutral-700">
        {options.length ? hint : "Er zijn nog geen thema's. Voeg ze toe onder Thema's in het beheer."}
      </p>
      <FieldError id="themeIds-error" error={error} className="mt-1" />
      <Choices type="checkbox" name="themeIds" options={options} checked={(value) => chosen.has(value)} className="mt-2 grid gap-2 sm:grid-cols-2" />
    </fieldset>
  );
}
