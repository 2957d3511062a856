import type { ElementType } from "react";
import Markdown, { type Components, defaultUrlTransform } from "react-markdown";

type HeadingLevel = 2 | 3 | 4;
const headingTags = ["h1", "h2", "h3", "h4", "h5", "h6"] as const;

/** A telephone link: digits, with a leading + and dashes at most ("tel:0651510134"). */
const TELEPHONE_LINK = /^tel:\+?[0-9-]+$/i;

/**
 * Only relative, web, mail, chat and telephone links survive (react-markdown's default empties javascript:, data:,
 * vbscript: in any case). Browsers ignore tabs, line breaks and leading controls in an address, so the
 * check is made on the address without them: "java\tscript:" cannot slip through.
 */
export function safeUrl(url: string): string {
  const bare = url.replace(/[\u0000-\u0020\u007f]/g, "");
  if (TELEPHONE_LINK.test(bare)) return bare;
  return defaultUrlTransform(bare) ? defaultUrlTransform(url) : "";
}

/** Headings in the text never outrank the page's own: `#` becomes `minHeadingLevel` (h2 on an article page). */
function headingComponents(minHeadingLevel: HeadingLevel): Components {
  const components: Components = {};
  headingTags.forEach((tag, index) => {
    const Tag = headingTags[Math.min(Math.max(index + 1, minHeadingLevel), 6) - 1] as ElementType;
    components[tag] = ({ node: _node, ...props }) => <Tag {...props} />;
  });
  return components;
}

/** An image whose address was refused (safeUrl gave "") shows its description instead of an <img> without address. */
const images: Components = {
  img: ({ node: _node, src, alt, ...props }) =>
    // eslint-disable-next-line @next/next/no-img-element -- an editor's image at any address: next/image needs known sizes and hosts
    src ? <img src={src} alt={alt ?? ""} {...props} /> : alt ? <span>{alt}</span> : null,
};

/** Renders an article body. Raw HTML in the source is not rendered, so stored text cannot inject markup. */
export function MarkdownBody({ source, minHeadingLevel = 2 }: { source: string; minHeadingLevel?: HeadingLevel }) {
  return (
    <div className="prose-content max-w-prose">
      <Markdown skipHtml urlTransform={safeUrl} components={{ ...headingComponents(minHeadingLevel), ...images }}>
        {source}
      </Markdown>
    </div>
  );
}
