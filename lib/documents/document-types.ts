/** The file types a meeting document may have, by the extension file-type detects from the content. */
export const documentTypes = {
  pdf: { mime: "application/pdf", label: "PDF" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel" },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", label: "PowerPoint" },
  doc: { mime: "application/msword", label: "Word" },
  xls: { mime: "application/vnd.ms-excel", label: "Excel" },
  ppt: { mime: "application/vnd.ms-powerpoint", label: "PowerPoint" },
} as const;

export type DocumentExtension = keyof typeof documentTypes;

const oldOffice = new Set<string>(["doc", "xls", "ppt"]);

/**
 * The type of an upload from what file-type found in its bytes. The old Office formats share one container
 * ("cfb"); only when the content is such a container does the name's extension choose between doc, xls and ppt.
 */
export function documentTypeOf(detected: string | undefined, fileName: string): DocumentExtension | null {
  if (!detected) return null;
  if (detected === "cfb") {
    const extension = fileName.toLowerCase().split(".").pop() ?? "";
    return oldOffice.has(extension) ? (extension as DocumentExtension) : null;
  }
  return detected in documentTypes && !oldOffice.has(detected) ? (detected as DocumentExtension) : null;
}

export function documentTypeLabel(extension: string): string {
  return documentTypes[extension as DocumentExtension]?.label ?? extension.toUpperCase();
}

/** "1,2 MB", "340 kB": sizes in Dutch. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

/** "PDF, 1,2 MB" */
export function describeDocument(document: { extension: string; sizeBytes: number }): string {
  return `${documentTypeLabel(document.extension)}, ${formatFileSize(document.sizeBytes)}`;
}
