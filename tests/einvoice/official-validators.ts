// Runs e-invoices through the official rule sets vendored in this folder (see README.md): CEN's EN 16931 UBL
// validation and Peppol BIS Billing 3.0, both XSLT run by Saxon-HE, and the OASIS UBL 2.1 schema through xmllint.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { XMLParser } from "fast-xml-parser";

const run = promisify(execFile);
const here = import.meta.dirname;
const SAXON_JAR = process.env.SAXON_JAR ?? "/usr/share/java/Saxon-HE.jar";
// A short run: the quick compiler only and the simple collector start Saxon in half the CPU time.
const SAXON = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", SAXON_JAR, "net.sf.saxon.Transform"];

export const RULE_SETS = {
  "EN 16931": path.join(here, "cen/EN16931-UBL-validation.xslt"),
  "Peppol BIS 3.0": path.join(here, "peppol/PEPPOL-EN16931-UBL.xslt"),
} as const;

export type RuleSet = keyof typeof RULE_SETS;
/** One failed assert (or fired report) of a rule set: "fatal" ones make a document invalid, "warning" ones do not. */
export type FailedRule = { ruleSet: RuleSet; document: string; id: string; flag: string; location: string; text: string };
/** Documents by file name, e.g. { "invoice-standard.xml": "<?xml …" }. */
export type Documents = Record<string, string>;

const INSTALL_HINT = "On Debian/Ubuntu: apt-get install -y default-jre-headless libsaxonhe-java libxml2-utils";

/** Throws a message that says what to install when Java, Saxon-HE or xmllint is missing. */
export async function requireValidatorTools(): Promise<void> {
  try {
    await run("java", [...SAXON, "-?"]);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "Java is not installed" : `Saxon-HE does not run from ${SAXON_JAR}`;
    throw new Error(`${reason}: the e-invoice validators need Java and Saxon-HE (SAXON_JAR names another jar). ${INSTALL_HINT}.`, { cause: error });
  }
  try {
    await run("xmllint", ["--version"]);
  } catch (error) {
    throw new Error(`xmllint is not installed: the UBL 2.1 schema check needs it. ${INSTALL_HINT}.`, { cause: error });
  }
}

/** Every failed rule of both rule sets for every document; Saxon runs once per rule set over a folder of documents. */
export async function checkOfficialRules(documents: Documents): Promise<FailedRule[]> {
  const work = await mkdtemp(path.join(tmpdir(), "einvoice-"));
  try {
    const input = path.join(work, "documents");
    await mkdir(input);
    await Promise.all(Object.entries(documents).map(([name, xml]) => writeFile(path.join(input, name), xml)));
    const results = await Promise.all(
      (Object.keys(RULE_SETS) as RuleSet[]).map(async (ruleSet, index) => {
        const output = path.join(work, `report-${index}`);
        await mkdir(output);
        await run("java", [...SAXON, `-s:${input}`, `-xsl:${RULE_SETS[ruleSet]}`, `-o:${output}`], { maxBuffer: 16 * 1024 * 1024 });
        const reports = await Promise.all(
          Object.keys(documents).map(async (name) => failedRules(ruleSet, name, await readFile(path.join(output, name), "utf8"))),
        );
        return reports.flat();
      }),
    );
    return results.flat();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

type SvrlFinding = { "@_id"?: string; "@_flag"?: string; "@_location"?: string; text?: string };

const svrlParser = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  isArray: (name) => name === "failed-assert" || name === "successful-report",
});

/** The findings of one SVRL report (the rule sets' output): failed asserts and fired reports. */
function failedRules(ruleSet: RuleSet, document: string, svrl: string): FailedRule[] {
  const output = (svrlParser.parse(svrl) as { "schematron-output"?: Record<string, SvrlFinding[]> })["schematron-output"];
  if (!output) throw new Error(`${ruleSet} gave no SVRL report for ${document}.`);
  return [...(output["failed-assert"] ?? []), ...(output["successful-report"] ?? [])].map((finding) => ({
    ruleSet,
    document,
    id: finding["@_id"] ?? "(no id)",
    flag: finding["@_flag"] ?? "(no flag)",
    location: finding["@_location"] ?? "",
    text: String(finding.text ?? "")
      .replace(/\s+/g, " ")
      .trim(),
  }));
}

const UBL_SCHEMAS = {
  Invoice: path.join(here, "ubl-2.1/maindoc/UBL-Invoice-2.1.xsd"),
  CreditNote: path.join(here, "ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd"),
} as const;

/** xmllint's complaints per document against the OASIS UBL 2.1 schema of its root element; empty when all are valid. */
export async function checkUblSchema(documents: Documents): Promise<string[]> {
  const work = await mkdtemp(path.join(tmpdir(), "einvoice-xsd-"));
  try {
    const problems = await Promise.all(
      Object.entries(documents).map(async ([name, xml]) => {
        const root = /<(Invoice|CreditNote)\b/.exec(xml)?.[1] as keyof typeof UBL_SCHEMAS | undefined;
        if (!root) return [`${name}: neither an Invoice nor a CreditNote`];
        const file = path.join(work, name);
        await writeFile(file, xml);
        try {
          await run("xmllint", ["--noout", "--nonet", "--schema", UBL_SCHEMAS[root], file]);
          return [];
        } catch (error) {
          return [`${name}: ${String((error as { stderr?: string }).stderr ?? error).trim()}`];
        }
      }),
    );
    return problems.flat();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Failed rules as lines for a test's failure message: "[fatal] Peppol BIS 3.0 PEPPOL-EN16931-R010 in invoice.xml: …". */
export function describeFailures(failures: FailedRule[]): string {
  return failures.map((rule) => `[${rule.flag}] ${rule.ruleSet} ${rule.id} in ${rule.document}: ${rule.text} (at ${rule.location})`).join("\n");
}
