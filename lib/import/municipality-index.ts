import { slugify } from "../format/slug";
import type { ExistingMunicipality } from "./load-import-snapshot";

/** "Gemeente Súdwest-Fryslân" → "sudwest-fryslan": how close two names are is judged on this. */
const looseName = (name: string) => slugify(name).replace(/^gemeente-/, "");

/** Optimal string alignment distance: a typo, a missing letter or two letters swapped each count one. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, before[j - 2]! + 1);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The existing municipalities by CBS code, exact name and loose name, for matching rows of the file. */
export class MunicipalityIndex {
  private readonly byCbs = new Map<string, ExistingMunicipality>();
  private readonly byName = new Map<string, ExistingMunicipality>();
  private readonly byLoose = new Map<string, ExistingMunicipality>();
  private readonly similarCache = new Map<string, ExistingMunicipality | null>();

  constructor(readonly all: ExistingMunicipality[]) {
    for (const municipality of all) {
      if (municipality.cbsCode) this.byCbs.set(municipality.cbsCode, municipality);
      this.byName.set(municipality.name, municipality);
      this.byLoose.set(looseName(municipality.name), municipality);
      this.byLoose.set(municipality.slug, municipality);
    }
  }

  withCbs(code: string) {
    return this.byCbs.get(code) ?? null;
  }

  /** Exactly this name: the only name match an import acts on for a municipality row. */
  named(name: string) {
    return this.byName.get(name) ?? null;
  }

  /** For a person's municipality: a CBS code, or the name written a little differently ("tilburg", "Gemeente Tilburg"). */
  find(text: string) {
    const code = /^gm\d{4}$/i.test(text.trim()) ? this.withCbs(text.trim().toUpperCase()) : null;
    return code ?? this.named(text) ?? this.byLoose.get(looseName(text)) ?? null;
  }

  /** A municipality whose name looks like this one (same letters, or one or two typos): never merged without asking. */
  similar(name: string): ExistingMunicipality | null {
    const loose = looseName(name);
    if (!this.similarCache.has(loose)) {
      const limit = loose.length >= 8 ? 2 : loose.length >= 4 ? 1 : 0;
      const found =
        this.byLoose.get(loose) ?? this.all.find((municipality) => limit > 0 && editDistance(loose, looseName(municipality.name), limit) <= limit) ?? null;
      this.similarCache.set(loose, found);
    }
    return this.similarCache.get(loose)!;
  }
}

export { looseName };
