"use client";

import { inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { endPositionAction } from "@/lib/kernclub/admin-actions";

type Props = { positionId: string; description: string; today: string };

/** A small form per current position; ids carry the position's id, as many of these share one page. */
export function EndPositionForm({ positionId, description, today }: Props) {
  const { state, pending, formProps } = useFormAction(endPositionAction);
  const error = state.fieldErrors?.endedOn ?? state.fieldErrors?.positionId;
  const id = `endedOn-${positionId}`;
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="positionId" value={positionId} />
      <div>
        <label htmlFor={id} className="block text-sm font-semibold">
          Einddatum<span className="sr-only"> voor {description}</span>
        </label>
        {error && (
          <p id={`${id}-error`} className="font-semibold text-red-800" role="alert">
            <span className="sr-only">Fout: </span>
            {error}
          </p>
        )}
        <input
          id={id}
          name="endedOn"
          type="date"
          defaultValue={state.values?.endedOn ?? today}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${inputClass} mt-1 w-auto`}
        />
      </div>
      <SubmitButton pending={pending} variant="secondary" ariaLabel={`Functie beëindigen: ${description}`}>
        Functie beëindigen
      </SubmitButton>
      {!error && <FormMessage state={state} />}
    </form>
  );
}
