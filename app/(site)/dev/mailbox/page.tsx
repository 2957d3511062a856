import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { isMailboxEnabled, listMailbox } from "@/lib/mail/mailbox";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Ontwikkel-mailbox", robots: { index: false } };

const linkPattern = /(https?:\/\/[^\s]+)/g;

/** Shows text with its web addresses as links. */
function Linkified({ text }: { text: string }) {
  return text.split(linkPattern).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function MailboxPage() {
  if (!isMailboxEnabled(await headers())) notFound();
  const messages = await listMailbox(db);
  return (
    <>
      <PageHeader
        title="Ontwikkel-mailbox"
        intro="Er is geen SMTP-server ingesteld (SMTP_URL), dus de site verstuurt geen e-mail maar bewaart hem hier. Deze pagina bestaat alleen op de ingebouwde database."
      />
      {messages.length === 0 ? (
        <p>Nog geen berichten.</p>
      ) : (
        <ol className="space-y-6">
          {messages.map((message) => (
            <li key={message.id} className="rounded border border-neutral-300 p-4">
              <article aria-labelledby={`bericht-${message.id}`}>
                <h2 id={`bericht-${message.id}`} className="text-lg">
                  {message.subject}
                </h2>
                <p className="text-sm text-neutral-700">
                  Aan {message.to}, {message.createdAt.toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam" })}
                </p>
                <p className="mt-3 whitespace-pre-wrap break-words">
                  <Linkified
                    text={
                      message.text ??
                      (message.status === "SENT" ? "(verzonden; de inhoud is niet bewaard)" : "(staat in de wachtrij; de inhoud wordt bij verzenden gemaakt)")
                    }
                  />
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
