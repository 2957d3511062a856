// Types of scripts/source-fingerprint.mjs.
export declare const SOURCE_FOLDERS: readonly string[];
export declare const FINGERPRINT_FILE: ".next/source-fingerprint";
export declare function sourceFiles(root: string): Promise<string[]>;
export declare function sourceFingerprint(root: string): Promise<string>;
export declare function recordBuildFingerprint(root: string, fingerprint: string): Promise<void>;
export type StartDecision = { build: false; reason: "unchanged" } | { build: true; reason: "no-build" | "no-fingerprint" | "changed" };
export declare function startDecision(root: string): Promise<StartDecision>;
