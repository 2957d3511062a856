import { formatEurosWithCents } from "@/lib/format/money";
import { feeStatusLabels } from "@/lib/fees/labels";
import type { FeeStatus } from "@/lib/db/generated/enums";

type Total = { status: FeeStatus; count: number; amountCents: number };

/** Count and amount per status for the whole year, in the order a fee goes through. */
export function FeeTotals({ year, totals }: { year: number; totals: Total[] }) {
  const order = Object.keys(feeStatusLabels) as FeeStatus[];
  const all = totals.reduce((sum, total) => ({ count: sum.count + total.count, amountCents: sum.amountCents + total.amountCents }), {
    count: 0,
    amountCents: 0,
  });
  return (
    <dl className="mb-8 grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {order.map((status) => {
        const total = totals.find((entry) => entry.status === status) ?? { count: 0, amountCents: 0 };
        return (
          <div key={status} className="rounded border border-neutral-300 p-3">
            <dt className="text-sm">{feeStatusLabels[status]}</dt>
            <dd className="font-semibold">
              {total.count} · {formatEurosWithCents(total.amountCents)}
            </dd>
          </div>
        );
      })}
      <div className="rounded border border-neutral-700 p-3">
        <dt className="text-sm">Totaal {year}</dt>
        <dd className="font-semibold">
          {all.count} · {formatEurosWithCents(all.amountCents)}
        </dd>
      </div>
    </dl>
  );
}
