/**
 * A message (an invitation, a mailing) as a person receives it: the HTML in a sandboxed frame, and the plain text. The frame gets an
 * opaque origin (no cookies, no access to this page); scripts are allowed only so accessibility checkers can look inside.
 */
export function InvitationPreview({ subject, html, text, what = "de uitnodiging" }: { subject: string; html: string; text: string; what?: string }) {
  return (
    <div className="space-y-6">
      <p>
        <strong>Onderwerp:</strong> {subject}
      </p>
      {/*
        Captions, not headings: axe reads the frame's own h1 (the e-mail's title) as part of this page's outline, so
        any h3 after the frame would skip a level (heading-order).
      */}
      <figure>
        <figcaption className="mb-2 text-xl font-semibold">Opgemaakte versie</figcaption>
        <iframe
          title={`Voorbeeld van ${what}, opgemaakte versie`}
          sandbox="allow-scripts"
          srcDoc={html}
          className="h-[36rem] w-full max-w-3xl rounded border-2 border-neutral-400 bg-white"
        />
      </figure>
      <figure>
        <figcaption className="mb-2 text-xl font-semibold">Platte tekst</figcaption>
        <pre
          className="max-h-96 max-w-3xl overflow-auto whitespace-pre-wrap rounded border-2 border-neutral-400 p-4 text-sm"
          tabIndex={0}
          aria-label={`Voorbeeld van ${what}, platte tekst`}
        >
          {text}
        </pre>
      </figure>
    </div>
  );
}
