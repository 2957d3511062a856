import { MarkdownBody } from "@/components/articles/markdown-body";
import { PageHeader } from "@/components/ui/page-header";
import { fillFromSettings } from "@/lib/site-pages/fill-placeholders";

type Text = { title: string; intro: string; body: string };

const filledIntro = (page: Text) => fillFromSettings(page.intro, { markdown: false });

/** The page's heading and introduction, with the settings filled in. */
export function SitePageHeader({ page }: { page: Text }) {
  return <PageHeader title={page.title} intro={filledIntro(page) || undefined} />;
}

/** The introduction alone, for a page that sets its own heading (the home page); nothing when it is empty. */
export function SitePageIntro({ page, className }: { page: Text; className?: string }) {
  const intro = filledIntro(page);
  return intro ? <p className={className}>{intro}</p> : null;
}

/** The page's Markdown, rendered as safely as a news article, with the settings filled in. */
export function SitePageBody({ page }: { page: Text }) {
  return <MarkdownBody source={fillFromSettings(page.body)} />;
}
