import { z } from "zod";

/**
 * Where a confirmed request goes: Movisie runs the intake (source text 004), so it gets each request; the
 * network's secretary is told as well. Without MOVISIE_EMAIL the secretary is asked to pass the request on.
 */
export function movisieEmail(): string | null {
  const configured = process.env.MOVISIE_EMAIL?.trim();
  return configured && z.email().safeParse(configured).success ? configured : null;
}
