import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type Column, DataTable } from "@/components/admin/data-table";

type Row = { id: string; name: string; email: string };
const rows: Row[] = [
  { id: "a", name: "Anna", email: "anna@example.nl" },
  { id: "b", name: "Bert", email: "bert@example.nl" },
];
const columns: (Column<Row> | false)[] = [
  { header: "Naam", cell: (row) => row.name, rowHeader: true },
  false,
  { header: "E-mailadres", cell: (row) => row.email, className: "break-all" },
  { header: "Plaats", cell: (_, index) => index + 1, className: (row) => (row.id === "a" ? "eerste" : "") },
];
const render = (props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}) =>
  renderToStaticMarkup(createElement(DataTable<Row>, { columns, rows, rowKey: (row) => row.id, empty: "Niemand.", ...props }));

describe("the admin data table", () => {
  it("gives each column a header with its scope, and the row header column th scope=row", () => {
    const html = render({ caption: "Mensen" });
    expect(html).toContain('<caption class="mb-2 text-left font-semibold">Mensen</caption>');
    expect(html).toContain(
      '<tr class="border-b-2 border-neutral-700"><th scope="col" class="py-2 pr-4">Naam</th><th scope="col" class="py-2 pr-4">E-mailadres</th>',
    );
    expect(html).toContain(
      '<th scope="row" class="py-2 pr-4 font-normal">Anna</th><td class="py-2 pr-4 break-all">anna@example.nl</td><td class="py-2 pr-4 eerste">1</td>',
    );
    expect(html).toContain('<td class="py-2 pr-4">2</td>');
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
  });

  it("keeps a hidden caption for screen readers, and leaves it out when there is none", () => {
    expect(render({ caption: "Mensen", hideCaption: true })).toContain('<caption class="sr-only">Mensen</caption>');
    expect(render()).not.toContain("<caption");
  });

  it("top-aligns the rows and adds table classes on request", () => {
    const html = render({ alignTop: true, className: "max-w-xl" });
    expect(html).toContain('<table class="w-full border-collapse text-left max-w-xl">');
    expect(html).toContain('<tr class="border-b border-neutral-300 align-top">');
  });

  it("says what an empty list means instead of showing an empty table", () => {
    expect(render({ rows: [] })).toBe("<p>Niemand.</p>");
  });
});
