import { defineConfig } from "prisma/config";

// The standard Prisma CLI works as usual where it can download its native engine. This project's own scripts
// (`npm run prisma:generate`, and the migrations through the WebAssembly engine) need no download: see
// "Adding a migration" in README.md.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
