import { CheckboxGroup } from "@/components/forms/checkbox-group";
import type { ThemeOption } from "@/lib/themes/queries";

type Props = { options: ThemeOption[]; selected: string; error?: string; hint?: string };

/**
 * The themes of a meeting, article or document: one checkbox per theme, all named `themeIds` (the action reads them as
 * one list, see idListField); works without JavaScript. `selected` is the chosen ids joined with commas, as the form's values hold them.
 */
export function ThemeChoice({ options, selected, error, hint = "Op de pagina van elk gekozen thema komt dit te staan." }: Props) {
  const chosen = new Set(selected.split(",").filter(Boolean));
  return (
    <CheckboxGroup
      name="themeIds"
      legend={
        <>
          Thema&apos;s <span className="font-normal">(niet verplicht)</span>
        </>
      }
      hint={options.length ? hint : "Er zijn nog geen thema's. Voeg ze toe onder Thema's in het beheer."}
      error={error}
      options={options}
      checked={(id) => chosen.has(id)}
      listClassName="grid gap-2 sm:grid-cols-2"
    />
  );
}
