import "server-only";
import type { Database } from "../db/client";
import { THEME_CHOICE_ERROR, unknownThemes } from "../themes/save-theme";
import type { DirectoryChoice } from "./directory-schema";

export type SaveDirectoryChoiceResult = { outcome: "listed" } | { outcome: "left" } | { outcome: "invalid"; fieldErrors: Record<string, string> };

/**
 * Lists the person in the members' directory with the ways to reach them and the themes they chose, or, without
 * `listed`, removes their entry and its themes at once: nothing of the choice is kept after leaving.
 */
export function saveDirectoryChoice(db: Database, userId: string, choice: DirectoryChoice): Promise<SaveDirectoryChoiceResult> {
  return db.$transaction(async (tx): Promise<SaveDirectoryChoiceResult> => {
    if (!choice.listed) {
      await tx.directoryEntry.deleteMany({ where: { userId } });
      return { outcome: "left" };
    }
    if (await unknownThemes(tx, choice.themeIds)) return { outcome: "invalid", fieldErrors: { themeIds: THEME_CHOICE_ERROR } };
    const { showEmail, showPhone, themeIds } = choice;
    const themes = themeIds.map((themeId) => ({ themeId }));
    await tx.directoryEntry.upsert({
      where: { userId },
      create: { userId, showEmail, showPhone, themes: { create: themes } },
      update: { showEmail, showPhone, themes: { deleteMany: {}, create: themes } },
    });
    return { outcome: "listed" };
  });
}
