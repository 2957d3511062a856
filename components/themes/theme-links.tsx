import Link from "next/link";

/** "Thema's: Wijkgerichte ggz, Inkoop" under a meeting or article, each a link to its theme's page. */
export function ThemeLinks({ themes }: { themes: { theme: { slug: string; name: string } }[] }) {
  if (!themes.length) return null;
  return (
    <nav aria-label="Thema's" className="mt-6">
      <p>
        <span className="font-semibold">Thema{themes.length > 1 ? "’s" : ""}:</span>{" "}
        {themes.map(({ theme }, index) => (
          <span key={theme.slug}>
            {index > 0 && ", "}
            <Link href={`/themas/${theme.slug}`}>{theme.name}</Link>
          </span>
        ))}
      </p>
    </nav>
  );
}
