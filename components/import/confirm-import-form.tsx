"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { confirmImportAction } from "@/lib/import/admin-actions";

type Props = { importId: string; fingerprint: string; newPeople: number };

/** The confirmation: it imports exactly the preview above (the fingerprint), or says that something changed meanwhile. */
export function ConfirmImportForm({ importId, fingerprint, newPeople }: Props) {
  const { state, pending, formProps } = useFormAction(confirmImportAction);
  // A refusal about the preview itself (gone, already imported) is the hidden field's error: show it as the message.
  const shown = state.fieldErrors ? { ...state, fieldErrors: undefined, message: Object.values(state.fieldErrors).join(" ") } : state;
  return (
    <form {...formProps} className="max-w-xl">
      <FormMessage state={shown} />
      <input type="hidden" name="importId" value={importId} />
      <input type="hidden" name="fingerprint" value={fingerprint} />
      {newPeople > 0 && (
        <CheckboxField
          name="welcome"
          label="Stuur een welkomstmail met inloglink"
          hint={`Alleen aan de ${newPeople === 1 ? "nieuwe persoon" : `${newPeople} nieuwe mensen`}. Zonder vinkje krijgt niemand een e-mail.`}
          defaultChecked={state.values?.welcome === "ja"}
        />
      )}
      <SubmitButton pending={pending}>Importeren</SubmitButton>
    </form>
  );
}
