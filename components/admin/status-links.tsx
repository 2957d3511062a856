import Link from "next/link";

type Props = { label: string; basePath: string; options: Record<string, string>; current: string; defaultKey: string };

/** Links that filter an admin list by status (`?status=`); the default status has the bare address. */
export function StatusLinks({ label, basePath, options, current, defaultKey }: Props) {
  return (
    <nav aria-label={label} className="mb-6">
      <ul className="flex flex-wrap gap-4">
        {Object.entries(options).map(([key, text]) => (
          <li key={key}>
            <Link
              href={key === defaultKey ? basePath : `${basePath}?status=${key}`}
              aria-current={key === current ? "page" : undefined}
              className={key === current ? "font-semibold" : ""}
            >
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
