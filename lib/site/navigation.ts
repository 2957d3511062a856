export const mainNavigation = [
  { href: "/over-het-netwerk", label: "Over het netwerk" },
  { href: "/kernclub", label: "Kernclub" },
  { href: "/agenda", label: "Agenda" },
  { href: "/nieuws", label: "Nieuws" },
  { href: "/deelnemen", label: "Deelnemen" },
  { href: "/versnellingstraject", label: "Versnellingstraject" },
  { href: "/contact", label: "Contact" },
] as const;
