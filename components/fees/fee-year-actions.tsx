"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormAction } from "@/lib/auth/action-client";
import { createYearFeesAction, renewMembershipsAction } from "@/lib/fees/admin-actions";

function YearForm({ action, year, label, explanation }: { action: FormAction; year: number; label: string; explanation: string }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="rounded border border-neutral-300 p-4">
      <input type="hidden" name="year" value={year} />
      <p className="mb-3">{explanation}</p>
      <SubmitButton pending={pending} variant="secondary">
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** The year's two bulk actions: fee records for everyone taking part, and starting next year. */
export function FeeYearActions({ year, nextYear }: { year: number; nextYear: number }) {
  return (
    <div className="mb-8 grid gap-4 md:grid-cols-2">
      <YearForm
        action={createYearFeesAction}
        year={year}
        label={`Bijdragen ${year} aanmaken`}
        explanation={`Maakt een bijdrage aan voor elke gemeente die in ${year} deelneemt en er nog geen heeft.`}
      />
      <YearForm
        action={renewMembershipsAction}
        year={nextYear}
        label={`${nextYear} starten`}
        explanation={`Verlengt de deelname van wie in ${nextYear - 1} meedeed (behalve gemeenten die stoppen), met een bijdrage per gemeente en één bericht per contactpersoon voor facturen.`}
      />
    </div>
  );
}
