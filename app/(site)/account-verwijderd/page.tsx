import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Account verwijderd", description: "Je account en je gegevens zijn verwijderd." };

export default function AccountDeletedPage() {
  return <PageHeader title="Je account is verwijderd" intro="Je gegevens zijn verwijderd en je bent uitgelogd. Bedankt voor je deelname aan het netwerk." />;
}
