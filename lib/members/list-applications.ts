import "server-only";
import type { Prisma } from "../db/generated/client";
import type { ApplicationStatus } from "../db/generated/enums";
import type { Database } from "../db/client";
import { municipalityOptions } from "../municipalities/municipality-options";
import { type Paged, paged, pageWindow } from "../pagination/page-params";

const applicationSelect = {
  id: true,
  participation: true,
  year: true,
  status: true,
  createdAt: true,
  decidedAt: true,
  newMunicipalityName: true,
  confirmedAt: true,
  municipality: { select: { name: true } },
  meeting: { select: { title: true, startsAt: true } },
  user: { select: { id: true, name: true, email: true, organisationType: true, organisationName: true } },
} as const;

/** Applications with one status, oldest waiting first; paged in the database. */
export async function listApplications(db: Database, status: ApplicationStatus, page: number): Promise<Paged<ApplicationRow>> {
  const where = { status };
  const [items, total] = await Promise.all([
    db.application.findMany({ where, orderBy: { createdAt: status === "PENDING" ? "asc" : "desc" }, select: applicationSelect, ...pageWindow(page) }),
    db.application.count({ where }),
  ]);
  return paged(items, total, page);
}

export type ApplicationRow = Prisma.ApplicationGetPayload<{ select: typeof applicationSelect }>;

/** One application with everything the applicant filled in, and the municipalities to match a typed-in name to. */
export async function loadApplicationPage(db: Database, id: string) {
  const [application, municipalities] = await Promise.all([
    db.application.findUnique({
      where: { id },
      select: { ...applicationSelect, decisionMessage: true, user: { select: { ...applicationSelect.user.select, phone: true, jobTitle: true, role: true } } },
    }),
    municipalityOptions(db),
  ]);
  return application ? { application, municipalities } : null;
}

export type ApplicationDetail = NonNullable<Awaited<ReturnType<typeof loadApplicationPage>>>["application"];
