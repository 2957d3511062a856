import { describe, expect, it } from "vitest";
import { networkPolicy } from "@/lib/site/network-policy";

describe("the network's own arrangements", () => {
  it("says nothing the sources do not say unless configured", () => {
    expect(networkPolicy({})).toEqual({ nonMunicipal: null, guests: null });
    expect(networkPolicy({ NETWORK_POLICY_GUESTS: "  " })).toEqual({ nonMunicipal: null, guests: null });
  });

  it("shows a configured line as written", () => {
    expect(
      networkPolicy({
        NETWORK_POLICY_NON_MUNICIPAL: "Medewerkers van ministeries en de VNG betalen niet.",
        NETWORK_POLICY_GUESTS: "Een keer meedoen is gratis.",
      }),
    ).toEqual({
      nonMunicipal: "Medewerkers van ministeries en de VNG betalen niet.",
      guests: "Een keer meedoen is gratis.",
    });
  });
});
