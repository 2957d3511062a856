/** The admin area's sections, in the order of the secretary's work. */
export const adminNavigation = [
  { href: "/beheer", label: "Overzicht" },
  { href: "/beheer/aanmeldingen", label: "Aanmeldingen" },
  { href: "/beheer/versnellingstraject", label: "Versnellingstraject" },
  { href: "/beheer/mensen", label: "Mensen" },
  { href: "/beheer/gemeenten", label: "Gemeenten" },
  { href: "/beheer/importeren", label: "Importeren" },
  { href: "/beheer/bijdragen", label: "Bijdragen" },
  { href: "/beheer/kernclub", label: "Kernclub" },
  { href: "/beheer/bijeenkomsten", label: "Bijeenkomsten" },
  { href: "/beheer/berichten", label: "Berichten" },
  { href: "/beheer/nieuws", label: "Nieuws" },
  { href: "/beheer/paginas", label: "Pagina's" },
  { href: "/beheer/themas", label: "Thema's" },
  { href: "/beheer/logboek", label: "Logboek" },
] as const;
