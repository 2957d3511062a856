/** Set by scripts/site-server.ts, from the socket, on requests from this machine; removed from every incoming request. */
export const LOOPBACK_PEER_HEADER = "x-wmo-loopback-peer";

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === "::1" || /^127\.\d+\.\d+\.\d+$/.test(address) || /^::ffff:127\.\d+\.\d+\.\d+$/.test(address);
}
