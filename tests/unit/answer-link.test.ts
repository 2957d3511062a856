import { beforeAll, describe, expect, it } from "vitest";

describe("signed answer links", () => {
  let link: typeof import("@/lib/meetings/answer-link");
  beforeAll(async () => {
    process.env.AUTH_SECRET = "unit-test-secret-0123456789abcdef0123456789";
    process.env.SITE_URL = "https://wmo.test";
    link = await import("@/lib/meetings/answer-link");
  });

  function partsOf(url: string) {
    const { pathname, searchParams } = new URL(url);
    const [, prefix, meetingId, userId, signature] = pathname.split("/");
    return { prefix, meetingId, userId, signature, answer: searchParams.get("antwoord") };
  }

  it("builds /antwoord/<meeting>/<person>/<signature> with the suggested answer, and the signature verifies", () => {
    const parts = partsOf(link.answerUrl("meeting-1", "person-1", "ja"));
    expect(parts).toMatchObject({ prefix: "antwoord", meetingId: "meeting-1", userId: "person-1", answer: "ja" });
    expect(link.isValidAnswerSignature("meeting-1", "person-1", parts.signature)).toBe(true);
    expect(partsOf(link.answerUrl("meeting-1", "person-1")).signature).toBe(parts.signature);
  });

  it("refuses the signature for another person or another meeting", () => {
    const { signature } = partsOf(link.answerUrl("meeting-1", "person-1"));
    expect(link.isValidAnswerSignature("meeting-1", "person-2", signature)).toBe(false);
    expect(link.isValidAnswerSignature("meeting-2", "person-1", signature)).toBe(false);
    expect(link.isValidAnswerSignature("meeting-1person-1", "", signature)).toBe(false);
  });

  it("refuses a signature with any character changed, shortened or lengthened", () => {
    const { signature } = partsOf(link.answerUrl("meeting-1", "person-1"));
    for (let index = 0; index < signature.length; index += 1) {
      const changed = signature.slice(0, index) + (signature[index] === "A" ? "B" : "A") + signature.slice(index + 1);
      expect(link.isValidAnswerSignature("meeting-1", "person-1", changed)).toBe(false);
    }
    expect(link.isValidAnswerSignature("meeting-1", "person-1", signature.slice(0, -1))).toBe(false);
    expect(link.isValidAnswerSignature("meeting-1", "person-1", `${signature}A`)).toBe(false);
    expect(link.isValidAnswerSignature("meeting-1", "person-1", "")).toBe(false);
  });

  it("depends on AUTH_SECRET", () => {
    const { signature } = partsOf(link.answerUrl("meeting-1", "person-1"));
    process.env.AUTH_SECRET = "another-secret-0123456789abcdef0123456789";
    try {
      expect(link.isValidAnswerSignature("meeting-1", "person-1", signature)).toBe(false);
    } finally {
      process.env.AUTH_SECRET = "unit-test-secret-0123456789abcdef0123456789";
    }
  });
});
