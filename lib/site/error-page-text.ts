/** The words of the "something went wrong" page: error.tsx, and the server's version in Next.js's empty error document. */
export const SERVER_ERROR_TITLE = "Er ging iets mis aan onze kant";
export const SERVER_ERROR_EXPLANATION =
  "Deze pagina kon niet worden getoond. Het ligt niet aan jou. Probeer het over een paar minuten opnieuw; lukt het dan nog niet, mail dan de secretaris van het netwerk.";
export const BACK_HOME = "Naar de homepage";
