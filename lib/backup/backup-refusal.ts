/** A backup or restore that cannot go ahead; the message is one Dutch line that says what to do. */
export class BackupRefusal extends Error {}
