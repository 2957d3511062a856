import { z } from "zod";
import { checkboxField, dateField, idField, plainText, yearField } from "../forms/fields";

const feeId = idField("Deze bijdrage bestaat niet (meer).");

const reasonField = (required: string) => plainText({ min: 3, max: 500, required, tooLong: "Een reden is hoogstens 500 tekens.", multiline: true });

export const feeYearSchema = z.object({ year: yearField });

export const feeIdSchema = z.object({ id: feeId });

export const sendInvoiceSchema = z.object({ id: feeId, withEInvoice: checkboxField });

export const recordPaymentSchema = z.object({ id: feeId, paidOn: dateField("Vul de datum van betaling in als dag, maand en jaar.") });

export const waiveFeeSchema = z.object({ id: feeId, reason: reasonField("Vul in waarom de bijdrage wordt kwijtgescholden.") });

export const creditInvoiceSchema = z.object({ id: feeId, reason: reasonField("Vul in waarom de factuur wordt gecrediteerd.") });
