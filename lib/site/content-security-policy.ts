import { createHash } from "node:crypto";

/**
 * The Content-Security-Policy of a page, allowing its inline scripts by their SHA-256 hashes: a nonce would
 * differ per request, which no cached page can have. 'self' covers Next.js's script files. Without hashes (every
 * response that is not a page) no inline script runs at all. Only `next dev`, whose pages carry scripts of its own,
 * allows inline scripts and eval.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = [], dev = process.env.NODE_ENV === "development"): string {
  const scripts = dev ? ["'unsafe-inline'", "'unsafe-eval'"] : scriptHashes.map((hash) => `'sha256-${hash}'`);
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

// The inline scripts Next.js and React write into a page: Turbopack's list of the page's script files, the RSC
// payload pushes (a JSON string literal, which runs no code of its own), the line that starts them, and calls of
// React's streaming helpers. A script of any other shape that found its way into a page (an injection) gets no hash
// and stays blocked.
const FRAMEWORK_SCRIPT = [
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\[(?:"static\/chunks\/[\w.-]+\.js",?)*\],"runtimeModuleIds":\[[\d,]*\]\}\);$/,
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)$/,
  /^self\.__next_f\.push\(\[\d+(?:,"(?:[^"\\]|\\.)*")?\]\)$/,
  /^\$R[CSX]\("[\w:]*"(?:,"[\w:]*")*\);?$/,
];

/** The base64 SHA-256 hashes of the framework's inline scripts in `html`. */
export function frameworkScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, script] of html.matchAll(INLINE_SCRIPT)) {
    if (FRAMEWORK_SCRIPT.some((shape) => shape.test(script))) hashes.add(createHash("sha256").update(script, "utf8").digest("base64"));
  }
  return [...hashes];
}
