import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, frameworkScriptHashes } from "@/lib/site/content-security-policy";

const sha256 = (script: string) => createHash("sha256").update(script, "utf8").digest("base64");

// Scripts as Next.js 16 (Turbopack) writes them into a page.
const bootstrap =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/2q_f0e_flbct6.js"],"runtimeModuleIds":[94553]});';
const start = "(self.__next_f=self.__next_f||[]).push([0])";
const payload = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\"/_next/static/chunks/08mika-44sn50.js\\"]\\n"])';

function page(...scripts: string[]) {
  return `<!DOCTYPE html><html lang="nl"><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>${scripts
    .map((script, index) => (index === 0 ? `<script id="_R_">${script}</script>` : `<script>${script}</script>`))
    .join("")}</body></html>`;
}

describe("the script policy of a page", () => {
  it("allows each of the framework's inline scripts by its hash, once", () => {
    expect(frameworkScriptHashes(page(bootstrap, start, payload, payload))).toEqual([sha256(bootstrap), sha256(start), sha256(payload)]);
  });

  it("gives no hash to an inline script of any other shape, even one that starts like the framework's", () => {
    const injected = ["alert(document.cookie)", `${payload};alert(1)`, 'self.__next_f.push([1,"x"]);fetch("//evil.example")', '$RC("B:0","S:0");alert(1)'];
    expect(frameworkScriptHashes(page(bootstrap, ...injected))).toEqual([sha256(bootstrap)]);
  });

  it("puts the hashes in script-src, with no inline or eval allowance outside development", () => {
    const policy = contentSecurityPolicy(frameworkScriptHashes(page(bootstrap, start)), false);
    expect(policy).toContain(`script-src 'self' 'sha256-${sha256(bootstrap)}' 'sha256-${sha256(start)}';`);
    expect(policy).not.toMatch(/unsafe-inline'[^;]*;.*script-src|script-src[^;]*unsafe/);
    expect(contentSecurityPolicy([], false)).toContain("script-src 'self';");
  });
});
