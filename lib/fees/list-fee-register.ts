import "server-only";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { FeeStatus } from "../db/generated/enums";
import { paged, pageWindow } from "../pagination/page-params";
import { dateOfKey, overdueDays, todayKey } from "./calendar-dates";
import { feeFieldsSelect } from "./fee-fields-select";
import type { FeeRegisterFilter } from "./fee-register-filter";

const registerSelect = {
  ...feeFieldsSelect,
  municipality: { select: { id: true, name: true, invoiceContactName: true, invoiceContactEmail: true, purchaseOrderNumber: true } },
  invoices: {
    where: { kind: "INVOICE" as const, creditNote: { is: null } },
    orderBy: { createdAt: "desc" as const },
    take: 1,
    select: { number: true, issuedOn: true, dueOn: true, sentAt: true },
  },
} satisfies Prisma.FeeRecordSelect;

function whereOf({ year, status, q, overdue }: FeeRegisterFilter, today: string): Prisma.FeeRecordWhereInput {
  return {
    year,
    ...(status ? { status } : {}),
    ...(q ? { municipality: { name: { contains: q, mode: "insensitive" } } } : {}),
    ...(overdue ? { status: "INVOICED", invoices: { some: { kind: "INVOICE", creditNote: { is: null }, dueOn: { lt: dateOfKey(today) } } } } : {}),
  };
}

type RegisterRow = Prisma.FeeRecordGetPayload<{ select: typeof registerSelect }>;

/** A row as the register shows it: the standing invoice, and how many days it is overdue (open invoices only). */
function viewOf({ invoices, ...fee }: RegisterRow, today: string) {
  const invoice = invoices[0] ?? null;
  return { ...fee, invoice, overdueDays: overdueDays(fee.status, invoice?.dueOn, today) };
}

export type FeeRegisterRow = ReturnType<typeof viewOf>;

/** One year's fee records, filtered and paged in the database, with totals per status for the whole year. */
export async function listFeeRegister(db: Database, filter: FeeRegisterFilter & { page: number }, now = new Date()) {
  const today = todayKey(now);
  const where = whereOf(filter, today);
  const [rows, total, totals, years] = await Promise.all([
    db.feeRecord.findMany({ where, orderBy: [{ municipality: { name: "asc" } }], select: registerSelect, ...pageWindow(filter.page) }),
    db.feeRecord.count({ where }),
    db.feeRecord.groupBy({ by: ["status"], where: { year: filter.year }, _count: { _all: true }, _sum: { amountCents: true } }),
    db.feeRecord.findMany({ distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } }),
  ]);
  return {
    ...paged(
      rows.map((row) => viewOf(row, today)),
      total,
      filter.page,
    ),
    totals: totals.map((row) => ({ status: row.status as FeeStatus, count: row._count._all, amountCents: row._sum.amountCents ?? 0 })),
    years: years.map((row) => row.year),
  };
}

/** Every row of the filter, for the CSV export (no paging). */
export async function listFeeRegisterForExport(db: Database, filter: FeeRegisterFilter, now = new Date()) {
  const today = todayKey(now);
  const rows = await db.feeRecord.findMany({ where: whereOf(filter, today), orderBy: [{ municipality: { name: "asc" } }], select: registerSelect });
  return rows.map((row) => viewOf(row, today));
}
