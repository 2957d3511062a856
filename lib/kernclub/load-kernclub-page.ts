import { listPositions } from "./queries";

export async function loadKernclubPage() {
  const positions = await listPositions();
  const current = positions.filter((position) => position.endedOn === null);
  return {
    chair: current.find((position) => position.role === "CHAIR") ?? null,
    members: current.filter((position) => position.role === "KERNCLUB_MEMBER"),
    secretary: current.find((position) => position.role === "SECRETARY") ?? null,
    former: positions.filter((position) => position.endedOn !== null),
  };
}
