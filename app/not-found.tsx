import { LinkList } from "@/components/ui/link-list";
import { SiteChrome } from "@/components/layout/site-chrome";
import { PersonalPart } from "@/components/layout/personal-part";

export default function NotFound() {
  return (
    <SiteChrome account={<PersonalPart name="account" reader={null} />}>
      <div className="max-w-prose">
        <h1>Pagina niet gevonden</h1>
        <p className="mt-4">De pagina die je zoekt bestaat niet (meer). Misschien is de link verouderd of zit er een typefout in het adres.</p>
        <LinkList
          links={[
            ["/", "Naar de homepage"],
            ["/agenda", "Naar de agenda"],
            ["/nieuws", "Naar nieuws en verslagen"],
          ]}
        />
      </div>
    </SiteChrome>
  );
}
