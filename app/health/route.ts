import { db } from "@/lib/db/client";
import { checkHealth } from "@/lib/site/check-health";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 when the site can serve, 503 otherwise; nothing personal in it. */
export async function GET() {
  const { healthy, reason } = await checkHealth(db);
  return Response.json(healthy ? { status: "ok" } : { status: "unavailable", reason }, {
    status: healthy ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
