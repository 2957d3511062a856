import { z } from "zod";
import { checkboxField, dateField, idField, plainText, yearField } from "../forms/fields";

const feeId = idField("Deze bijdrage bestaat niet (meer).");

const reasonField = (required: string) => plainText({ min: 3, max: 500, required, tooLong: "Een reden is hoogstens 500 tekens.", multiline: true });

export const feeYearSchema = z.object({ year: yearField });
export const feeYearFields = ["year"] as const;

export const feeIdSchema = z.object({ id: feeId });
export const feeIdFields = ["id"] as const;

export const sendInvoiceSchema = z.object({ id: feeId, withEInvoice: checkboxField });
export const sendInvoiceFields = ["id", "withEInvoice"] as const;

export const recordPaymentSchema = z.object({ id: feeId, paidOn: dateField("Vul de datum van betaling in als dag, maand en jaar.") });
export const recordPaymentFields = ["id", "paidOn"] as const;

export const waiveFeeSchema = z.object({ id: feeId, reason: reasonField("Vul in waarom de bijdrage wordt kwijtgescholden.") });
export const waiveFeeFields = ["id", "reason"] as const;

export const creditInvoiceSchema = z.object({ id: feeId, reason: reasonField("Vul in waarom de factuur wordt gecrediteerd.") });
export const creditInvoiceFields = ["id", "reason"] as const;
