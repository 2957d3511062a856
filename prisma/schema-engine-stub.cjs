#!/usr/bin/env node
// Prisma's CLI wants a native schema engine it cannot download here. Pointing
// PRISMA_SCHEMA_ENGINE_BINARY at this stub lets `prisma generate` run offline;
// migrations run through the WebAssembly engine instead (npm run db:migrate).
console.error("The native Prisma schema engine is not installed. Use `npm run db:migrate` or `npm run db:new-migration`.");
process.exit(1);
