import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { UserRole } from "../db/generated/enums";
import { type FormSchema, fieldNamesOf } from "../forms/field-names";
import { type FormState, GENERIC_ERROR } from "../forms/form-state";
import { parseForm } from "../forms/parse-form";
import { invalidatePublicPages } from "../site/invalidate-public-pages";
import { currentUser } from "./guards";

/**
 * Every server action is made with one of the three builders below, so none can skip its guard:
 * check the caller → parse the form with its zod schema → run the handler; unexpected errors are
 * logged and shown as one generic Dutch message, with what was submitted kept in the form.
 */
export type ActionLevel = "public" | "signed-in" | "secretary";
export type SessionUser = { id: string; role: UserRole; email?: string | null; name?: string | null };
export type FormAction = ((previous: FormState, formData: FormData) => Promise<FormState>) & {
  /** Which builder made the action (tests check that every exported action has one). */
  readonly actionLevel?: ActionLevel;
  /** The form fields the action reads. */
  readonly formFields?: readonly string[];
};

export const NOT_SIGNED_IN = "Je bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.";
export const FORBIDDEN = "Geen toegang: alleen de secretaris van het netwerk kan dit doen.";

type Input<S extends FormSchema, U> = { data: z.output<S>; values: Record<string, string>; formData: FormData; user: U };
type Config<S extends FormSchema> = {
  /** The form's fields are the keys of its schema. */
  schema: S;
  /** File inputs, which the handler reads from the form data itself: named so their errors belong to the form. */
  fileFields?: readonly string[];
  /** Fields of the schema that may come several times (a group of checkboxes), read as one joined list (idListField). */
  listFields?: readonly string[];
  failure?: string;
};

function buildAction<S extends FormSchema, U>(
  level: ActionLevel,
  authorise: () => Promise<{ user: U } | { refused: string }>,
  { schema, fileFields = [], listFields = [], failure = "Actie mislukt" }: Config<S>,
  handler: (input: Input<S, U>) => Promise<FormState>,
): FormAction {
  const fields = [...fieldNamesOf(schema), ...fileFields];
  const action = async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const caller = await authorise();
    if ("refused" in caller) return { status: "error", message: caller.refused };
    const form = parseForm(formData, fields, schema, listFields);
    if (!form.ok) return form.state;
    try {
      return await handler({ data: form.data, values: form.values, formData, user: caller.user });
    } catch (error) {
      // redirect(), notFound() and forbidden() are thrown: let Next.js handle them.
      unstable_rethrow(error);
      console.error(failure, error);
      return { status: "error", message: GENERIC_ERROR, values: form.values };
    }
  };
  return Object.defineProperties(action, { actionLevel: { value: level }, formFields: { value: fields } });
}

/** For forms anyone may send (sign-up, sign-in). */
export function publicAction<S extends FormSchema>(config: Config<S>, handler: (input: Input<S, null>) => Promise<FormState>): FormAction {
  return buildAction("public", async () => ({ user: null }), config, handler);
}

async function signedInCaller(): Promise<{ user: SessionUser } | { refused: string }> {
  const user = await currentUser();
  return user ? { user } : { refused: NOT_SIGNED_IN };
}

/** For forms of a signed-in person (their own data, their RSVP). */
export function signedInAction<S extends FormSchema>(config: Config<S>, handler: (input: Input<S, SessionUser>) => Promise<FormState>): FormAction {
  return buildAction("signed-in", signedInCaller, config, handler);
}

/**
 * For the admin area: only the secretary. Whatever the secretary changes may show on any page, public or admin, so
 * every page is renewed after each action (invalidatePublicPages): the actions themselves name no paths.
 */
export function secretaryAction<S extends FormSchema>(config: Config<S>, handler: (input: Input<S, SessionUser>) => Promise<FormState>): FormAction {
  return buildAction(
    "secretary",
    async () => {
      const caller = await signedInCaller();
      if ("user" in caller && caller.user.role !== "SECRETARY") return { refused: FORBIDDEN };
      return caller;
    },
    config,
    async (input) => {
      let result: FormState | undefined;
      try {
        return (result = await handler(input));
      } finally {
        // A refused form changed nothing; anything else (saved, redirected, failed halfway) may have.
        if (result?.status !== "error") invalidatePublicPages();
      }
    },
  );
}
