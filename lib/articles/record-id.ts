import { z } from "zod";

/**
 * A record id from a hidden field or a select. Seeded records have readable ids longer than the 40
 * characters the shared idField allows ("seed-meeting-2020-11-12-24-uursbijeenkomst-assen").
 */
export const recordId = (message: string) => z.string({ error: message }).trim().min(1, message).max(200, message).regex(/^[A-Za-z0-9_-]+$/, message);

/** An optional record id: empty becomes null. */
export const optionalRecordId = (message: string) => z.union([z.literal(""), recordId(message)]).optional().transform((value) => value || null);
