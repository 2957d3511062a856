import { MarkdownBody } from "@/components/articles/markdown-body";
import { PageHeader } from "@/components/ui/page-header";
import { fillFromSettings } from "@/lib/site-pages/fill-placeholders";

type Text = { title: string; intro: string; body: string };

/** The page's heading and introduction, with the settings filled in. */
export function SitePageHeader({ page }: { page: Text }) {
  const intro = fillFromSettings(page.intro, { markdown: false });
  return <PageHeader title={page.title} intro={intro || undefined} />;
}

/** The page's Markdown, rendered as safely as a news article, with the settings filled in. */
export function SitePageBody({ page }: { page: Text }) {
  return <MarkdownBody source={fillFromSettings(page.body)} />;
}
