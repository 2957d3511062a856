import type { FormAction } from "@/lib/auth/action-client";
import { idleState } from "@/lib/forms/form-state";

/**
 * A server action for a plain `<form action>` in a server component (no client JavaScript), where the page
 * itself shows the outcome after the redirect or revalidation. Binding the first argument is what React
 * supports for server references; the returned state is then not used.
 */
export function plainFormAction(action: FormAction) {
  return action.bind(null, idleState) as unknown as (formData: FormData) => Promise<void>;
}
