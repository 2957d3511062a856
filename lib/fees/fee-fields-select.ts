/** A fee record's own fields, as the register and the record's page both show them. */
export const feeFieldsSelect = {
  id: true,
  year: true,
  amountCents: true,
  status: true,
  paidOn: true,
  waivedReason: true,
  reminderCount: true,
} as const;
