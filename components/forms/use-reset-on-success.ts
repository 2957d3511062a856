"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/form-state";

/** For a form that adds one more thing (a topic, a document): empties it after each success, ready for the next. */
export function useResetOnSuccess(state: FormState) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [state]);
  return form;
}
