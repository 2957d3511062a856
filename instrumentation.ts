// Next.js calls register() once when a server process starts: the mail worker runs inside it, beside the site.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.MAIL_WORKER === "off") return;
  const { startServerMailWorker } = await import("./lib/jobs/start-server-worker");
  await startServerMailWorker();
}
