import { createPrismaClient } from "../lib/db/client";
import { seedDatabase } from "../lib/seed/seed-database";
import { withDatabase } from "./with-database";

await withDatabase(async (url) => {
  const db = createPrismaClient(url);
  try {
    await seedDatabase(db, { demo: process.env.SEED_DEMO !== "false" });
    console.log("Seed-inhoud staat in de database.");
  } finally {
    await db.$disconnect();
  }
});
