import type { FormState } from "@/lib/forms/form-state";

/** The form-wide message after a submit, announced by screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  return (
    <div aria-live="polite">
      {state.message && state.status !== "idle" && !state.fieldErrors && (
        <p className={`mb-6 rounded p-4 ${state.status === "success" ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}>{state.message}</p>
      )}
    </div>
  );
}
