import "server-only";
import { type ComponentType, createElement } from "react";
import type { Database } from "../db/client";
import type { MailContent, MailData } from "./mail-template";
import { isTemplateName, templateOf } from "./templates";

export type RenderedMail = Omit<MailContent, "body"> & { subject: string; html: string; text: string };

/** A stored message whose template is unknown (removed, or queued by a version without templates): sending it again won't help. */
export class UnknownTemplateError extends Error {}

/** A queued message as it is sent: its template's content, made now in a transaction of its own, as HTML and plain text. */
export async function renderQueuedMail(
  db: Database,
  mail: { to: string; subject: string; template: string | null; templateData: unknown },
): Promise<RenderedMail> {
  const { template, templateData } = mail;
  if (!template || !isTemplateName(template)) throw new UnknownTemplateError(`Onbekend e-mailsjabloon: ${template ?? "(geen)"}`);
  const content = await db.$transaction(async (tx) => templateOf(template).content({ tx, to: mail.to, data: templateData as MailData }));
  return renderContent(mail.subject, content);
}

/** HTML and plain text (for clients that show no HTML) of a template's content. */
export async function renderContent(subject: string, { body, ...parts }: MailContent): Promise<RenderedMail> {
  const [{ render }, emails] = await Promise.all([import("@react-email/components"), import("@/emails")]);
  const element = createElement(emails[body.name] as ComponentType<typeof body.props>, body.props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text, ...parts };
}
