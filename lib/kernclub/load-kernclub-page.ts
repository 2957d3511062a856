import { listPositions } from "./queries";
import type { Database } from "../db/client";

export async function loadKernclubPage(db: Database) {
  const positions = await listPositions(db);
  const current = positions.filter((position) => position.endedOn === null);
  return {
    chair: current.find((position) => position.role === "CHAIR") ?? null,
    members: current.filter((position) => position.role === "KERNCLUB_MEMBER"),
    secretary: current.find((position) => position.role === "SECRETARY") ?? null,
    former: positions.filter((position) => position.endedOn !== null),
  };
}
