import { randomBytes } from "node:crypto";

/** A short random tag, so names, slugs and addresses made by the builders never clash between tests. */
export const uniqueTag = () => randomBytes(4).toString("hex");
