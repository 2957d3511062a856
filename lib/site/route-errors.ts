import { unstable_rethrow } from "next/navigation";
import { plainTextResponse } from "../auth/secretary-download";
import { GENERIC_ERROR } from "../forms/form-state";

/**
 * A route handler that answers an unexpected failure (the database down) in Dutch instead of an empty 500;
 * redirect() and notFound() still do what they do.
 */
export function withDutchErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      unstable_rethrow(error);
      console.error("[route] onverwachte fout:", error);
      return plainTextResponse(GENERIC_ERROR, 500);
    }
  };
}
