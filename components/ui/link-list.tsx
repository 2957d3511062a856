import Link from "next/link";

/** Where to go from an error page: a bulleted list of links. */
export function LinkList({ links }: { links: [href: string, text: string][] }) {
  return (
    <ul className="mt-4 list-disc pl-6">
      {links.map(([href, text]) => (
        <li key={href}>
          <Link href={href}>{text}</Link>
        </li>
      ))}
    </ul>
  );
}
