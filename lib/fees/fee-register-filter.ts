import type { FeeStatus } from "../db/generated/enums";
import { currentYear } from "../members/current-year";
import { param, type SearchParams } from "../pagination/page-params";
import { feeStatusLabels } from "./labels";

export type FeeRegisterFilter = { year: number; status: FeeStatus | null; q: string; overdue: boolean };

/** The register's filters from the address (?jaar=2027&status=INVOICED&q=til&te-laat=ja), unknown values ignored. */
export function feeRegisterFilterOf(params: SearchParams, now = new Date()): FeeRegisterFilter {
  const year = Number.parseInt(param(params, "jaar"), 10);
  const status = param(params, "status");
  return {
    year: year >= 2010 && year <= 2100 ? year : currentYear(now),
    status: status in feeStatusLabels ? (status as FeeStatus) : null,
    q: param(params, "q"),
    overdue: param(params, "te-laat") === "ja",
  };
}

/** The same filters as query parameters, for links (pages, export). */
export function feeRegisterQuery({ year, status, q, overdue }: FeeRegisterFilter): Record<string, string> {
  return { jaar: String(year), ...(status ? { status } : {}), ...(q ? { q } : {}), ...(overdue ? { "te-laat": "ja" } : {}) };
}
