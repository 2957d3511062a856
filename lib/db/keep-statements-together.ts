import type { PGlite } from "@electric-sql/pglite";

// Extended-protocol messages: Parse, Bind, Describe, Execute, Close, Flush. The sequence ends with Sync.
const SEQUENCE_MESSAGES = new Set(["P", "B", "D", "E", "C", "H"].map((letter) => letter.charCodeAt(0)));

/**
 * PGlite is one session; its socket server runs the messages of all connections through one queue and only
 * keeps a connection's messages together inside a transaction. Between a statement's Parse and its Sync another
 * connection's Parse would replace the unnamed statement ("unnamed prepared statement does not exist", or worse,
 * the wrong statement bound). Counting an unfinished sequence as "in a transaction" makes the queue wait for
 * that connection's Sync, so several connections (the site, the mail queue, a script) can share the database.
 */
export function keepStatementsTogether(db: PGlite) {
  let midSequence = false;
  const execute = db.execProtocolRawStream.bind(db);
  const inTransaction = db.isInTransaction.bind(db);
  db.execProtocolRawStream = async (message, options) => {
    try {
      return await execute(message, options);
    } finally {
      midSequence = SEQUENCE_MESSAGES.has(message[0]);
    }
  };
  db.isInTransaction = () => midSequence || inTransaction();
}
