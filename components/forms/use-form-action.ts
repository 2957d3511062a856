"use client";

import { type FormEvent, startTransition, useActionState } from "react";
import { type FormState, idleState } from "@/lib/forms/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * useActionState for a form that keeps what was entered. With JavaScript the form is submitted from
 * onSubmit, because React resets a form submitted through its `action` (and a reset <select> loses its
 * choice); without JavaScript the `action` posts the form as usual.
 */
export function useFormAction(action: Action) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The pressed button's name and value belong to the submission, as in a plain form post.
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(formData));
  };
  // What was entered and what is wrong with it, as the last submit left them (empty before the first).
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return { state, pending, values, errors, formProps: { action: formAction, onSubmit, noValidate: true } };
}
