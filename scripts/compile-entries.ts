// Part of `npm run build` (scripts/build.ts): compiles the production entry points, scripts/start.ts and
// scripts/site-server.ts, to plain JavaScript with esbuild, one ES module file each in .next/server-entry/
// (scripts/entry-points.mjs), so `npm start` runs them with node alone, without tsx compiling TypeScript at start.
// The project's own modules (lib/, emails/, relative or through the `@/` alias) are bundled in; packages from
// node_modules stay imports, resolved by Node at run time as before.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Plugin, build } from "esbuild";
import { COMPILED_ENTRY_DIR, ENTRY_POINTS } from "./entry-points.mjs";

/**
 * Bundled, a module's `import.meta.url` would be the bundle's. A few modules find files beside them through it
 * (lib/seed/seed-database.ts its articles, the generated Prisma client its folder): each of the project's modules
 * keeps its own source location, as when it runs through tsx. Written relative to the bundle, so the build still
 * holds when the whole project folder is moved or copied.
 */
function sourceLocationOfImportMeta(outdir: string): Plugin {
  return {
    name: "source-location-of-import-meta",
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
        if (args.path.split(path.sep).includes("node_modules")) return undefined;
        const source = await readFile(args.path, "utf8");
        if (!source.includes("import.meta")) return undefined;
        const relative = (to: string) => JSON.stringify(path.relative(outdir, to).split(path.sep).join("/"));
        const fileUrl = `new URL(${relative(args.path)}, import.meta.url)`;
        const location = { url: `${fileUrl}.href`, filename: `process.getBuiltinModule("node:url").fileURLToPath(${fileUrl})` };
        const contents = source.replace(/\bimport\.meta\.(url|filename|dirname)\b/g, (_match, property: string) =>
          property === "dirname" ? `process.getBuiltinModule("node:path").dirname(${location.filename})` : location[property as "url" | "filename"],
        );
        const extension = path.extname(args.path);
        const loader = /tsx$/.test(extension) ? "tsx" : /ts$/.test(extension) ? "ts" : /jsx$/.test(extension) ? "jsx" : "js";
        return { contents, loader, resolveDir: path.dirname(args.path) };
      });
    },
  };
}

/** Compiles the entry points of the project at `root` into `root`/.next/server-entry/ (or `outdir`). */
export async function compileEntryPoints(root: string = process.cwd(), outdir: string = path.resolve(root, COMPILED_ENTRY_DIR)): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(ENTRY_POINTS.map((entry) => [entry, `scripts/${entry}.ts`])),
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Packages stay imports from node_modules: the same code as under tsx, and Next.js loads its own anyway.
    packages: "external",
    // `@/…` as in scripts/tsconfig.json; "server-only" is the empty module there too (scripts/server-only-stub.ts).
    tsconfig: "scripts/tsconfig.json",
    alias: { "server-only": "./scripts/server-only-stub.ts" },
    define: { COMPILED_ENTRY: "true" },
    plugins: [sourceLocationOfImportMeta(outdir)],
    logLevel: "warning",
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await compileEntryPoints();
