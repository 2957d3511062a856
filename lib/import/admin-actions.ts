"use server";

import "server-only";

import { redirect } from "next/navigation";
import { actorOf } from "../audit/record-change";
import { secretaryAction } from "../auth/action-client";
import { db } from "../db/client";
import { invalid, refusedField } from "../forms/form-state";
import { applyImport } from "./apply-import";
import { recogniseColumns } from "./import-fields";
import { confirmImportSchema, discardImportSchema, mappingImportSchema, parseColumnMappings, uploadImportSchema } from "./import-schema";
import { claimPendingImport, discardPendingImport, loadPendingImport, savePendingImport, updatePendingImport } from "./pending-import";
import { displayName, readUpload } from "./read-upload";

const GONE = "Dit voorbeeld bestaat niet (meer): het is verlopen, al geïmporteerd of weggegooid. Upload het bestand opnieuw.";

export const uploadImportAction = secretaryAction(
  { schema: uploadImportSchema, fileFields: ["file"], failure: "Importbestand lezen mislukt" },
  async ({ data, values, formData, user }) => {
    const entry = formData.get("file");
    const file = entry instanceof File ? entry : null;
    const read = await readUpload(file);
    if (!read.ok) return invalid({ file: read.message }, values);
    const pending = await savePendingImport({
      ownerId: user.id,
      fileName: displayName(file!.name),
      tables: read.tables,
      notices: read.notices,
      mappings: read.tables.map((table) => recogniseColumns(table.header)),
      overwrite: data.overwrite,
    });
    redirect(`/beheer/importeren?bestand=${pending.id}`);
  },
);

export const updateImportMappingAction = secretaryAction(
  { schema: mappingImportSchema, failure: "Kolommen koppelen mislukt" },
  async ({ data, values, formData, user }) => {
    const pending = await loadPendingImport(data.importId, user.id);
    if (!pending) return refusedField("importId", GONE, values);
    const parsed = parseColumnMappings(
      formData,
      pending.tables.map((table) => table.header),
    );
    if ("fieldErrors" in parsed) return invalid(parsed.fieldErrors, values);
    await updatePendingImport(pending, { mappings: parsed.mappings, overwrite: data.overwrite });
    redirect(`/beheer/importeren?bestand=${pending.id}#voorbeeld`);
  },
);

export const confirmImportAction = secretaryAction({ schema: confirmImportSchema, failure: "Importeren mislukt" }, async ({ data, values, user }) => {
  const claim = await claimPendingImport(data.importId, user.id);
  if (!claim) return refusedField("importId", GONE, values);
  let result;
  try {
    result = await applyImport(db, actorOf(user), claim.pending, { fingerprint: data.fingerprint, welcome: data.welcome });
  } catch (error) {
    await claim.release();
    throw error;
  }
  if (result.outcome === "changed") {
    await claim.release();
    return {
      status: "error",
      message: "Er is intussen iets veranderd in de gegevens op de site. Het voorbeeld is bijgewerkt: bekijk het en bevestig opnieuw.",
      values,
    };
  }
  await claim.finish();
  redirect(`/beheer/importeren?klaar=${result.importId}`);
});

export const discardImportAction = secretaryAction({ schema: discardImportSchema, failure: "Import weggooien mislukt" }, async ({ data, user }) => {
  await discardPendingImport(data.importId, user.id);
  redirect("/beheer/importeren?weggegooid=1");
});
