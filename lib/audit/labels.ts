import type { AuditEntityType } from "./record-change";

export const auditEntityLabels: Record<AuditEntityType, string> = {
  Application: "Aanmelding",
  User: "Persoon",
  Municipality: "Gemeente",
  Position: "Functie",
  Meeting: "Bijeenkomst",
  Article: "Nieuwsbericht",
  MeetingDocument: "Document",
};

/** Dutch descriptions of audit actions; an action missing here is shown as its code. */
export const auditActionLabels: Record<string, string> = {
  "application.approve": "aanmelding goedgekeurd",
  "application.reject": "aanmelding afgewezen",
  "municipality.create": "gemeente toegevoegd",
  "municipality.update": "gemeente gewijzigd",
  "user.create": "persoon toegevoegd",
  "user.update": "gegevens gewijzigd",
  "user.deactivate": "account gedeactiveerd",
  "user.reactivate": "account weer actief",
  "user.personal-membership.give": "eigen lidmaatschap gegeven",
  "user.personal-membership.end": "eigen lidmaatschap beëindigd",
  "position.create": "functie gegeven",
  "position.end": "functie beëindigd",
  "meeting.create": "bijeenkomst aangemaakt",
  "meeting.update": "bijeenkomst gewijzigd",
  "meeting.cancel": "bijeenkomst afgelast",
  "meeting.invite": "uitnodiging verstuurd",
  "meeting.invite.resend": "uitnodiging opnieuw verstuurd",
  "meeting.agenda-item.add": "agendapunt toegevoegd",
  "meeting.agenda-item.move": "agendapunt verplaatst",
  "meeting.agenda-item.remove": "agendapunt verwijderd",
  "article.create": "bericht geschreven",
  "article.update": "bericht gewijzigd",
  "document.upload": "document toegevoegd",
  "document.remove": "document verwijderd",
};
