// `import "server-only"` keeps database and secret modules out of browser bundles: inside Next.js it resolves to an
// empty module for server code and fails the build for client code. Scripts (tsx, through scripts/tsconfig.json
// and TSX_TSCONFIG_PATH) and tests (vitest.config.ts) run only on the server, so for them it is this empty module.
export {};
