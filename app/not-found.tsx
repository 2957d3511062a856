import Link from "next/link";
import { SiteChrome } from "@/components/layout/site-chrome";
import { PersonalPart } from "@/components/layout/personal-part";

export default function NotFound() {
  return (
    <SiteChrome account={<PersonalPart name="account" reader={null} />}>
      <div className="max-w-prose">
        <h1>Pagina niet gevonden</h1>
        <p className="mt-4">De pagina die je zoekt bestaat niet (meer). Misschien is de link verouderd of zit er een typefout in het adres.</p>
        <ul className="mt-4 list-disc pl-6">
          <li>
            <Link href="/">Naar de homepage</Link>
          </li>
          <li>
            <Link href="/agenda">Naar de agenda</Link>
          </li>
          <li>
            <Link href="/nieuws">Naar nieuws en verslagen</Link>
          </li>
        </ul>
      </div>
    </SiteChrome>
  );
}
