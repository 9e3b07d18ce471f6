import type { GuideCatalog } from './guide.catalog';

/** The portal procedure, one step a message; portal labels quoted as the portal shows them in this language. */
export const guideDe: GuideCatalog = {
  open: () =>
    `Öffnen Sie „Zugriffsverwaltung für Unternehmen und Organisationen“ auf dem Portal socialsecurity.be.`,
  accessButton: () =>
    `Klicken Sie auf die Schaltfläche „Zugriffsverwaltung“.`,
  login: () =>
    `Melden Sie sich an: elektronischer Personalausweis (eID), itsme, Einmalcode einer Mobil-App, Token oder Zugangscodes.`,
  organisation: () =>
    `Wählen Sie die Organisation in der Liste (zum Beispiel „Hôpitaux IRIS Sud; LIKIV-Nr.: 710087-50“) und klicken Sie auf den Link Ihrer Rolle (Verantwortlicher, Co-Verantwortlicher oder Zugangsverwalter).`,
  quality: () =>
    `Wählen Sie in der „Liste der Eigenschaften“ „Pflegeerbringer: Krankenhaus“. Ist sie nicht aktiv, kreuzen Sie „Eigenschaft aktivieren“ an. Klicken Sie auf „Weiter“.`,
  user: () =>
    `Suchen Sie die Person in der Benutzerliste (Filter Name, Vorname, ENSS…) und klicken Sie auf das erste Symbol unter „Aktion“. Ist sie nicht dabei, geben Sie ihre ENSS unter „Benutzer hinzufügen“ ein und klicken Sie auf „Weiter“: Benutzername (zweimal), Passwort (zweimal), Name, Vorname und E-Mail-Adresse ausfüllen.`,
  application: ({ app }) =>
    `Kreuzen Sie unter „Gesicherte Anwendungen“ „${app}“ an und speichern Sie.`,
  confirm: () =>
    `Prüfen Sie die Übersicht und klicken Sie auf „Bestätigen“. Der Zugang ist nach höchstens 20 Minuten aktiv.`,
  functionWho: () =>
    `Ein (Fach-)Arzt oder Krankenhausapotheker braucht nichts weiter: fertig. Für einen Mitarbeiter eines von ihnen gehen Sie ins Menü „Verwaltung Eigenschaft“ > „Funktionen und Verantwortungshierarchie“.`,
  functionPerson: () =>
    `Klicken Sie in „Übersicht der Personen und Funktionen“ auf das erste Symbol rechts neben dem Mitarbeiter.`,
  functionChoose: () =>
    `Wählen Sie „Mitarbeiter Facharzt“ oder „Mitarbeiter Krankenhausapotheker“ im Auswahlmenü, geben Sie das Anfangsdatum (TT-MM-JJJJ) ein und klicken Sie auf „Hinzufügen“.`,
  functionCheck: () =>
    `Die Funktion erscheint unter „Ausgeübte Funktionen“ mit ihrem Anfangsdatum. Sie ist nach höchstens 20 Minuten aktiv, nicht vor ihrem Anfangsdatum.`,
};
