import { isRedirectError } from "next/dist/client/components/redirect-error";
import { type FormState, idleState } from "@/lib/forms/form-state";

/** A form's fields as the browser sends them: a list is one field sent several times (a group of checkboxes). */
function formData(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

/** Sends the fields to a server action as a first submit; an action that redirects answers "redirected". */
export async function post(action: (previous: FormState, data: FormData) => Promise<FormState>, fields: Record<string, string | string[]>) {
  try {
    return await action(idleState, formData(fields));
  } catch (error) {
    if (isRedirectError(error)) return "redirected" as const;
    throw error;
  }
}
