import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownBody, safeUrl } from "@/components/articles/markdown-body";

const render = (source: string, minHeadingLevel?: 2 | 3) => renderToStaticMarkup(createElement(MarkdownBody, { source, minHeadingLevel }));

const hostile = [
  "Hallo <script>alert(1)</script> wereld",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "Tekst <img src=x onerror=alert(1)> midden in een zin.",
  '<a href="javascript:alert(1)" onclick="alert(1)">klik</a>',
  "[klik](javascript:alert(1))",
  "[x](JAVASCRIPT:alert(1))",
  "[x](data:text/html,<script>alert(1)</script>)",
  "[x](<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>)",
  "[x](vbscript:msgbox(1))",
  "[x](javascript&#58;alert(1))",
  "[x](java&#x09;script:alert(1))",
  "[x][ref]\n\n[ref]: javascript:alert(1)",
  "<javascript:alert(1)>",
  "![plaatje](javascript:alert(1))",
  "![plaatje](data:image/svg+xml,<svg onload=alert(1)>)",
];

describe("MarkdownBody", () => {
  it("renders ordinary Markdown: headings, lists, emphasis and safe links", () => {
    const html = render("## Tussenkop\n\n- een\n- twee\n\n*nadruk* en [een link](https://example.org/pad?a=1) en [relatief](/agenda) en [mail](mailto:a@b.nl)");
    expect(html).toContain("<h2>Tussenkop</h2>");
    expect(html).toContain("<li>een</li>");
    expect(html).toContain("<em>nadruk</em>");
    expect(html).toContain('href="https://example.org/pad?a=1"');
    expect(html).toContain('href="/agenda"');
    expect(html).toContain('href="mailto:a@b.nl"');
  });

  it("never lets a heading in the text outrank the page's own", () => {
    expect(render("# Groot\n\n### Klein")).toBe('<div class="prose-content max-w-prose"><h2>Groot</h2>\n<h3>Klein</h3></div>');
    expect(render("# Groot\n\n## Middel", 3)).toContain("<h3>Groot</h3>\n<h3>Middel</h3>");
  });

  it.each(hostile)("renders no script, event handler or unsafe address for %j", (source) => {
    const html = render(source);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
    expect(html).not.toMatch(/<(iframe|object|embed|svg)/i);
  });

  it("shows an image with a refused address as its description, and keeps a safe image", () => {
    expect(render("![plaatje](javascript:alert(1))")).toBe('<div class="prose-content max-w-prose"><p><span>plaatje</span></p></div>');
    expect(render("![Kaart](/kaart.png)")).toContain('<img src="/kaart.png" alt="Kaart"/>');
  });

  it("empties unsafe addresses, also when browsers would ignore tabs or line breaks in them", () => {
    expect(safeUrl("javascript:alert(1)")).toBe("");
    expect(safeUrl("JAVASCRIPT:alert(1)")).toBe("");
    expect(safeUrl("java\tscript:alert(1)")).toBe("");
    expect(safeUrl(" \u0001javascript:alert(1)")).toBe("");
    expect(safeUrl("data:text/html,hoi")).toBe("");
    expect(safeUrl("https://example.org")).toBe("https://example.org");
    expect(safeUrl("/nieuws#kop")).toBe("/nieuws#kop");
    expect(safeUrl("tel:0651510134")).toBe("tel:0651510134");
    expect(safeUrl("tel:+31-6-51510134")).toBe("tel:+31-6-51510134");
    expect(safeUrl("tel:06<script>")).toBe("");
  });
});
