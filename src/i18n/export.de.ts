import type { ExportCatalog } from './export.catalog';

export const exportDe: ExportCatalog = {
  column: ({ column }) =>
    ({
      lastName: 'Name', firstName: 'Vorname', title: 'Titel', username: 'Benutzername', type: 'Typ', niss: 'ENSS',
      status: 'Kontostatus', email: 'E-Mail-Adresse', language: 'Sprache', quality: 'Eigenschaft', application: 'Gesicherte Anwendung',
      accessStatus: 'Status des Zugangs', requestedAt: 'Beantragt am', activeSince: 'Aktiv seit', pendingUntil: 'Ausstehend bis',
      function: 'Funktion', functionStart: 'Beginn der Funktion', functionEnd: 'Ende der Funktion',
    })[column],
  personType: ({ type }) => ({ USER: 'Benutzer', COLLABORATOR: 'Mitarbeiter' })[type],
  userStatus: ({ status }) => ({ invited: 'Eingeladen (Passwort zu wählen)', active: 'Aktiv', disabled: 'Deaktiviert' })[status],
  accessStatus: ({ status }) => ({ pending: 'Ausstehend', active: 'Aktiv' })[status],
  exportSheet: () => 'Benutzer',
  exportFileBase: () => 'benutzer',
};
