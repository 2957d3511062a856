import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddressOf } from "@/lib/rate-limit/client-address-header";

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }) as unknown as IncomingMessage;

describe("the client a rate limit counts", () => {
  it("is the socket's peer without a trusted proxy, whatever X-Forwarded-For the client sends", () => {
    expect(clientAddressOf(request("::ffff:198.51.100.7", "203.0.113.9"), false)).toBe("198.51.100.7");
    expect(clientAddressOf(request("2001:db8::1"), false)).toBe("2001:db8::1");
  });

  it("behind a trusted proxy is the entry the proxy added, the last one, not what the client put before it", () => {
    expect(clientAddressOf(request("127.0.0.1", "203.0.113.9, 198.51.100.7"), true)).toBe("198.51.100.7");
    expect(clientAddressOf(request("127.0.0.1", "198.51.100.7"), true)).toBe("198.51.100.7");
  });

  it("behind a trusted proxy that sent no X-Forwarded-For is unknown, so the shared ceiling applies", () => {
    expect(clientAddressOf(request("127.0.0.1"), true)).toBeUndefined();
  });
});
