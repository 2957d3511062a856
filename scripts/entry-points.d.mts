// Types of scripts/entry-points.mjs.
export declare const ENTRY_POINTS: readonly ["start", "site-server"];
export type EntryPoint = (typeof ENTRY_POINTS)[number];
export declare const COMPILED_ENTRY_DIR: ".next/server-entry";
export declare function compiledEntry(entry: EntryPoint): string;
export declare const runsCompiled: boolean;
export declare function entryArguments(entry: EntryPoint, compiled?: boolean): string[];
