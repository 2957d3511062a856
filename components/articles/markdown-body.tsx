import Markdown from "react-markdown";

/** Renders an article body. Raw HTML in the source is not rendered, so stored text cannot inject markup. */
export function MarkdownBody({ source }: { source: string }) {
  return (
    <div className="prose-content max-w-prose">
      <Markdown skipHtml>{source}</Markdown>
    </div>
  );
}
