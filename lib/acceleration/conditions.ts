/**
 * The six conditions Movisie discusses in the intake (source text 004), in the source's order and wording.
 * The public page lists them (its text has them as {{voorwaarden-versnellingstraject}}) and the request form asks about each one.
 */
export const accelerationConditions = [
  "Het vraagstuk van de betreffende gemeente gaat over een gewenst maatschappelijk effect, waarvoor transformatie nodig is.",
  "Er is bij de betreffende gemeente sprake van urgentie om de transformatie te versnellen, geformuleerd vanuit het maatschappelijk belang.",
  "Er is behoefte aan samen leren en ontwikkelen, met deskundige mensen vanuit praktijk, wetenschap en beleid, die verfrissend en met verstand van zaken kunnen kijken naar de voorliggende vraagstukken. Met praktijk worden inwoners, ervaringsdeskundigen en sociale professionals bedoeld.",
  "De deelname aan het programma leidt tot een duurzame positieve verandering voor mensen in een kwetsbare positie.",
  "Opdrachtgever is de hoogste leidinggevende binnen het sociale domein en/of de gemeentesecretaris.",
  "Er is bestuurlijk en ambtelijk draagvlak voor deze opdracht. De opdracht wordt eveneens gedragen door de praktijk.",
] as const;
