import type { Problem, RowRef, RowResult } from "./import-rows";
import { whereIs } from "./import-plan";

/** The problems per row while an import is planned: a row with any problem is left out. */
export class PlanContext {
  private readonly problems = new Map<string, Problem[]>();
  private readonly order: string[] = [];

  constructor(
    results: RowResult[],
    private readonly sheets: number,
  ) {
    for (const result of results) {
      const key = this.keyOf(result.ref);
      this.order.push(key);
      if (result.problems.length) this.problems.set(key, [...result.problems]);
    }
  }

  keyOf(ref: RowRef) {
    return `${ref.sheet}\u0000${ref.row}`;
  }

  add(ref: RowRef, column: string | null, message: string) {
    const key = this.keyOf(ref);
    this.problems.set(key, [...(this.problems.get(key) ?? []), { ...ref, column, message }]);
  }

  skipped(ref: RowRef) {
    return this.problems.has(this.keyOf(ref));
  }

  problemsOf(ref: RowRef) {
    return this.problems.get(this.keyOf(ref)) ?? [];
  }

  /** "rij 12", or "rij 12 van werkblad “Mensen”" when the file has more than one sheet. */
  where(ref: RowRef) {
    return whereIs(ref, this.sheets);
  }

  /** All problems in the order of the file. */
  all(): Problem[] {
    return this.order.flatMap((key) => this.problems.get(key) ?? []);
  }
}
