import type { ExportCatalog } from './export.catalog';

export const exportNl: ExportCatalog = {
  column: ({ column }) =>
    ({
      lastName: 'Naam', firstName: 'Voornaam', title: 'Titel', username: 'Gebruikersnaam', type: 'Type', niss: 'INSZ',
      status: 'Accountstatus', email: 'E-mailadres', language: 'Taal', quality: 'Hoedanigheid', application: 'Beveiligde toepassing',
      accessStatus: 'Status van de toegang', requestedAt: 'Aangevraagd op', activeSince: 'Actief sinds', pendingUntil: 'In afwachting tot',
      function: 'Functie', functionStart: 'Begin van de functie', functionEnd: 'Einde van de functie',
    })[column],
  personType: ({ type }) => ({ USER: 'Gebruiker', COLLABORATOR: 'Medewerker' })[type],
  userStatus: ({ status }) => ({ invited: 'Uitgenodigd (wachtwoord te kiezen)', active: 'Actief', disabled: 'Gedeactiveerd' })[status],
  accessStatus: ({ status }) => ({ pending: 'In afwachting', active: 'Actief' })[status],
  exportSheet: () => 'Gebruikers',
  exportFileBase: () => 'gebruikers',
};
