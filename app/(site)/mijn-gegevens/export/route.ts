import { exportPersonalData } from "@/lib/account/export-personal-data";
import { currentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { withDutchErrors } from "@/lib/site/route-errors";

export const GET = withDutchErrors(async function GET() {
  const user = await currentUser();
  if (!user) return new Response("Log in om je gegevens te downloaden.", { status: 401 });
  const data = await exportPersonalData(db, user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mijn-gegevens.json"',
      "Cache-Control": "no-store",
    },
  });
});
