import type { FormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";
import { FormMessage } from "./form-message";

/** What a form says above its fields after a submit: the summary of the fields to correct, or the result. */
export function FormFeedback({ state, labels }: { state: FormState; labels: Record<string, string> }) {
  return (
    <>
      <ErrorSummary fieldErrors={state.fieldErrors} labels={labels} />
      <FormMessage state={state} />
    </>
  );
}
