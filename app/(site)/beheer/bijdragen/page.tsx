import type { Metadata } from "next";
import Link from "next/link";
import { FilterSelect } from "@/components/admin/filter-select";
import { Pagination } from "@/components/admin/pagination";
import { SearchForm } from "@/components/forms/search-form";
import { FeeRegisterTable } from "@/components/fees/fee-register-table";
import { FeeTotals } from "@/components/fees/fee-totals";
import { FeeYearActions } from "@/components/fees/fee-year-actions";
import { PageHeader } from "@/components/ui/page-header";
import { requireSecretary } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { feeRegisterFilterOf, feeRegisterQuery } from "@/lib/fees/fee-register-filter";
import { feeStatusLabels } from "@/lib/fees/labels";
import { listFeeRegister } from "@/lib/fees/list-fee-register";
import { currentYear } from "@/lib/members/current-year";
import { pageOf, type SearchParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Bijdragen" };

export default async function FeeRegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSecretary("/beheer/bijdragen");
  const params = await searchParams;
  const filter = feeRegisterFilterOf(params);
  const register = await listFeeRegister(db, { ...filter, page: pageOf(params) });
  const query = feeRegisterQuery(filter);
  const thisYear = currentYear();
  const years = [...new Set([thisYear + 1, thisYear, ...register.years, filter.year])].sort((a, b) => b - a);
  const filtered = filter.status || filter.q || filter.overdue;
  return (
    <>
      <PageHeader title={`Bijdragen ${filter.year}`} intro="De organisatiekosten per gemeente per jaar: van bijdrage tot betaalde factuur." />
      <nav aria-label="Jaren" className="mb-6">
        <ul className="flex flex-wrap gap-3">
          {years.map((year) => (
            <li key={year}>
              <Link
                href={`/beheer/bijdragen?jaar=${year}`}
                aria-current={year === filter.year ? "page" : undefined}
                className={year === filter.year ? "font-semibold" : undefined}
              >
                {year}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <FeeTotals year={filter.year} totals={register.totals} />
      <FeeYearActions year={filter.year} nextYear={filter.year + 1} />
      <SearchForm action="/beheer/bijdragen" label="Zoek op gemeente" query={filter.q}>
        <input type="hidden" name="jaar" value={filter.year} />
        <FilterSelect name="status" label="Status" allLabel="Alle statussen" options={feeStatusLabels} value={filter.status ?? ""} />
        <FilterSelect name="te-laat" label="Betaaltermijn" allLabel="Alle" options={{ ja: "Te laat betaald" }} value={filter.overdue ? "ja" : ""} />
      </SearchForm>
      <p className="mb-4">
        <a href={`/beheer/bijdragen/export?${new URLSearchParams(query)}`}>Download als CSV-bestand (Excel){filtered ? ", met deze filters" : ""}</a>
      </p>
      <FeeRegisterTable
        rows={register.items}
        caption={filtered ? "Gevonden bijdragen" : `Alle bijdragen ${filter.year}`}
        empty={filtered ? "Geen bijdragen gevonden met deze filters." : `Er zijn nog geen bijdragen voor ${filter.year}.`}
      />
      <Pagination page={register.page} pageCount={register.pageCount} total={register.total} basePath="/beheer/bijdragen" query={query} />
    </>
  );
}
