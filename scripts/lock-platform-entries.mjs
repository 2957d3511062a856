// The npm registry reachable here serves only Linux builds of some packages' platform binaries
// (@next/swc-*, @tailwindcss/oxide-*, @unrs/resolver-binding-* of ESLint's import resolver), so `npm install` leaves the others out of package-lock.json and
// `npm ci` then refuses the lock as out of sync. This adds lock entries for those optional binaries,
// marked with their os/cpu, so `npm ci` skips them on Linux without fetching. Run after `npm install`.
import { readFileSync, writeFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const platform = (name) => {
  const os = ["darwin", "win32", "linux", "android", "freebsd", "openharmony"].find((candidate) => name.includes(`-${candidate}-`)) ?? "wasi";
  const cpu = ["arm64", "x64", "arm", "ia32", "ppc64", "riscv64", "s390x", "loong64", "wasm32"].find((candidate) => name.includes(`-${candidate}`));
  return { os: os === "wasi" ? undefined : [os], cpu: cpu ? [cpu] : undefined };
};

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!/^@(next\/swc|tailwindcss\/oxide|unrs\/resolver-binding)-/.test(name)) continue;
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
    const { os, cpu } = platform(name);
    lock.packages[key] = { version, optional: true, ...(os && { os }), ...(cpu && { cpu }) };
    added += 1;
  }
}
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entries added`);
