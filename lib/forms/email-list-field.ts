import { z } from "zod";
import { plainText } from "./fields";

const MAX_ADDRESSES = 500;
const address = z.email();

/** Hand-added addresses (an invitation, a mailing): one address a line; blank lines are skipped, doubles counted once, each line checked. */
export const emailListField = plainText({ max: 50_000, tooLong: "Dit zijn te veel adressen: plak er hoogstens 500.", multiline: true })
  .optional()
  .transform((value, ctx) => {
    const lines = (value ?? "").split(/\r?\n/).map((line) => line.trim().toLowerCase());
    const emails: string[] = [];
    for (const [index, line] of lines.entries()) {
      if (!line) continue;
      if (line.length > 254 || !address.safeParse(line).success) {
        ctx.addIssue({ code: "custom", message: `Regel ${index + 1} is geen geldig e-mailadres. Zet één adres op elke regel, bijvoorbeeld naam@gemeente.nl.` });
        return z.NEVER;
      }
      if (!emails.includes(line)) emails.push(line);
    }
    if (emails.length > MAX_ADDRESSES) {
      ctx.addIssue({ code: "custom", message: "Dit zijn te veel adressen: plak er hoogstens 500." });
      return z.NEVER;
    }
    return emails;
  });
