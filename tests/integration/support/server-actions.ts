import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { FormAction } from "@/lib/auth/action-client";

const root = path.resolve(import.meta.dirname, "../../..");

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !entry.parentPath.includes("generated"))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** Files that start with the "use server" directive: every export there is a server action. */
export async function serverActionModules(dir = "lib"): Promise<string[]> {
  const files = await sourceFiles(dir);
  const withDirective = await Promise.all(
    files.map(async (file) => ((await readFile(path.join(root, file), "utf8")).trimStart().match(/^["']use server["']/) ? file : null)),
  );
  return withDirective.filter((file): file is string => file !== null);
}

export type ExportedAction = { module: string; name: string; action: FormAction };

/** Every export of every server-action module in lib/, imported as the app would. */
export async function exportedActions(): Promise<ExportedAction[]> {
  const actions: ExportedAction[] = [];
  for (const file of await serverActionModules()) {
    const exports = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, FormAction>;
    for (const [name, action] of Object.entries(exports)) actions.push({ module: file, name, action });
  }
  return actions;
}

/** Files in app/ with an inline "use server": actions must live in lib/ where the tests find them. */
export async function inlineServerActionsInApp(): Promise<string[]> {
  const files = await sourceFiles("app");
  const found = await Promise.all(files.map(async (file) => ((await readFile(path.join(root, file), "utf8")).includes("use server") ? file : null)));
  return found.filter((file): file is string => file !== null);
}
