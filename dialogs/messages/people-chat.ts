import type { Locale, Names } from '../../src/domain/locale';
import { formatDate, formatDateTime } from '../../src/domain/dates';
import { bullet, formatDelay, joinList } from './format';

/** One person of a listed page, as the chat shows it; `niss` is null when the reader's role may not see it. */
export interface PersonLine {
  name: string;
  username: string;
  niss: string | null;
  status: 'invited' | 'active' | 'disabled';
  applications: string[];
}

/** What a list was filtered on, to say it back. */
export interface ListFilters {
  application: Names | null;
  status: 'invited' | 'active' | 'disabled' | null;
  lastName: string | null;
  firstName: string | null;
  username: string | null;
  collaborators: boolean;
}

export interface AuditLine {
  at: number;
  action: string;
  by: string | null;
  onBehalfOf: string | null;
  refused: boolean;
}

export type ChatRefusal = 'viewUsers' | 'viewNiss' | 'revokeAccess' | 'designateManager' | 'grantAccess' | 'viewAudit' | 'diagnose' | 'other';
export type ManagerRole = 'GA' | 'CO_RAE';
export type ImpossibleReason = 'unknownApplication' | 'applicationNotInQuality' | 'applicationNotInEntity' | 'unknownQuality' | 'unknownUser' | 'invalidRole' | 'other';

/**
 * What Sésame says in the people-management conversations (lists, exports, taking access away,
 * designations, bulk grants, the audit log), besides the sentences of people.catalog.ts it reuses.
 * Same typed pattern as catalog.ts: a sentence missing in one language fails tsc.
 */
export interface PeopleChatParams {
  listHeader: { entity: string; quality: Names | null; filters: ListFilters; from: number; to: number; total: number };
  listLines: { people: PersonLine[] };
  listNone: { entity: string; filters: ListFilters };
  listMore: void;
  listEnd: void;
  listNissHidden: void;
  askEntityFor: { what: 'list' | 'export' | 'revoke' | 'designate' | 'bulk' | 'audit' };
  askQualityFor: { entity: string };
  exportReady: { fileName: string; count: number; nissHidden: boolean };
  exportTeams: void;
  unknownPerson: { niss: string };
  /** A user of other entities only: not named, answered as no user of the manager's entities. */
  notYourUser: { niss: string };
  /** An entity named where the manager holds no role: refused as named, with the entities they do hold a role in. */
  noRoleThere: { entity: string; yours: string[] };
  notMember: { person: string; entity: string };
  nothingToRevoke: { person: string; entity: string };
  askRevokeWhich: { person: string };
  confirmRevoke: { person: string; entity: string; applications: Names[]; delayMs: number };
  noFunction: { person: string; entity: string };
  askEndDate: { person: string; fn: Names };
  badEndDate: void;
  confirmEndFunction: { person: string; fn: Names; endDate: string };
  confirmRemoveUser: { person: string; entity: string; quality: Names | null; delayMs: number };
  askIdentifier: { name: string };
  askManagerName: void;
  confirmDesignate: { name: string; identifier: string; role: ManagerRole; entity: string; remove: boolean };
  designated: { name: string; role: ManagerRole; entity: string; remove: boolean; changed: boolean };
  askBulkApplications: void;
  bulkNothingToDo: void;
  bulkDone: { ok: number; failed: number };
  auditHeader: { niss: string; person: string | null; application: Names | null };
  auditLines: { lines: AuditLine[] };
  auditNone: { niss: string; application: Names | null };
  refused: { action: ChatRefusal };
  impossible: { reason: ImpossibleReason };
  notCancelled: void;
  sideCancelled: void;
  backToRequest: void;
  /** "aide" or "où en est-on ?" while a list, a removal or a guide waits for an answer. */
  sideHelp: { requestWaiting: boolean };
  yesOrNo: void;
  fileConsentDescription: { count: number };
  exportTooLarge: void;
  fileUploaded: { fileName: string };
  fileDeclined: { fileName: string };
  fileExpired: void;
  fileNotYours: void;
  fileUploadFailed: void;
  bulkProgress: { done: number; total: number };
}

export type PeopleChatKey = keyof PeopleChatParams;
export type PeopleChatCatalog = {
  [K in PeopleChatKey]: PeopleChatParams[K] extends void ? () => string : (p: PeopleChatParams[K]) => string;
};
export type PeopleChatNotice = {
  [K in PeopleChatKey]: PeopleChatParams[K] extends void ? { key: K } : { key: K; params: PeopleChatParams[K] };
}[PeopleChatKey];

const STATUS: Record<Locale, Record<PersonLine['status'], string>> = {
  fr: { invited: 'invité', active: 'actif', disabled: 'désactivé' },
  nl: { invited: 'uitgenodigd', active: 'actief', disabled: 'gedeactiveerd' },
  de: { invited: 'eingeladen', active: 'aktiv', disabled: 'deaktiviert' },
  en: { invited: 'invited', active: 'active', disabled: 'disabled' },
};
const NONE: Record<Locale, string> = { fr: 'aucune application', nl: 'geen toepassing', de: 'keine Anwendung', en: 'no application' };

const lines = (people: PersonLine[], l: Locale) =>
  bullet(
    people.map((p) =>
      [`${p.name} (${p.username})`, ...(p.niss ? [p.niss] : []), STATUS[l][p.status], p.applications.length ? p.applications.join(', ') : NONE[l]].join(' — '),
    ),
  );

const FILTER_WORDS: Record<Locale, { application: string; status: string; lastName: string; firstName: string; username: string; collaborators: string }> = {
  fr: { application: 'application', status: 'statut', lastName: 'nom', firstName: 'prénom', username: "nom d'utilisateur", collaborators: 'collaborateurs' },
  nl: { application: 'toepassing', status: 'status', lastName: 'naam', firstName: 'voornaam', username: 'gebruikersnaam', collaborators: 'medewerkers' },
  de: { application: 'Anwendung', status: 'Status', lastName: 'Name', firstName: 'Vorname', username: 'Benutzername', collaborators: 'Mitarbeiter' },
  en: { application: 'application', status: 'status', lastName: 'name', firstName: 'first name', username: 'username', collaborators: 'collaborators' },
};

function filterText(f: ListFilters, l: Locale): string {
  const w = FILTER_WORDS[l];
  const parts = [
    f.application ? `${w.application} ${f.application[l]}` : '',
    f.status ? `${w.status} ${STATUS[l][f.status]}` : '',
    f.lastName ? `${w.lastName} « ${f.lastName} »` : '',
    f.firstName ? `${w.firstName} « ${f.firstName} »` : '',
    f.username ? `${w.username} « ${f.username} »` : '',
    f.collaborators ? w.collaborators : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

const where = (entity: string, quality: Names | null, l: Locale) => (quality ? `${entity}, ${quality[l]}` : entity);

const ACTIONS: Record<Locale, Record<string, string>> = {
  fr: {
    grantAccess: "a donné l'accès", activateGrant: "a activé l'accès", revokeAccess: "a retiré l'accès", deactivateGrant: "a désactivé l'accès",
    createUser: "a créé l'utilisateur", assignFunction: 'a attribué la fonction', activateFunction: 'a activé la fonction', endFunction: 'a mis fin à la fonction',
    deactivateFunction: 'a terminé la fonction', removeUser: "a retiré la personne de l'entité", removeMembership: "a retiré la personne de la qualité",
    keepGrant: "a gardé l'accès (nouvelle demande)", cancelGrant: "a annulé l'accès en attente", setPassword: 'mot de passe choisi', issueInvitation: 'invitation envoyée',
  },
  nl: {
    grantAccess: 'gaf toegang', activateGrant: 'activeerde de toegang', revokeAccess: 'trok de toegang in', deactivateGrant: 'deactiveerde de toegang',
    createUser: 'maakte de gebruiker aan', assignFunction: 'kende de functie toe', activateFunction: 'activeerde de functie', endFunction: 'beëindigde de functie',
    deactivateFunction: 'sloot de functie af', removeUser: 'verwijderde de persoon uit de entiteit', removeMembership: 'verwijderde de persoon uit de hoedanigheid',
    keepGrant: 'behield de toegang (nieuwe aanvraag)', cancelGrant: 'annuleerde de wachtende toegang', setPassword: 'wachtwoord gekozen', issueInvitation: 'uitnodiging verstuurd',
  },
  de: {
    grantAccess: 'hat den Zugang erteilt', activateGrant: 'hat den Zugang aktiviert', revokeAccess: 'hat den Zugang entzogen', deactivateGrant: 'hat den Zugang deaktiviert',
    createUser: 'hat den Benutzer angelegt', assignFunction: 'hat die Funktion zugewiesen', activateFunction: 'hat die Funktion aktiviert', endFunction: 'hat die Funktion beendet',
    deactivateFunction: 'hat die Funktion abgeschlossen', removeUser: 'hat die Person aus der Einrichtung entfernt', removeMembership: 'hat die Person aus der Eigenschaft entfernt',
    keepGrant: 'hat den Zugang behalten (neuer Antrag)', cancelGrant: 'hat den wartenden Zugang storniert', setPassword: 'Passwort gewählt', issueInvitation: 'Einladung verschickt',
  },
  en: {
    grantAccess: 'granted access', activateGrant: 'activated the access', revokeAccess: 'revoked the access', deactivateGrant: 'deactivated the access',
    createUser: 'created the user', assignFunction: 'assigned the function', activateFunction: 'activated the function', endFunction: 'ended the function',
    deactivateFunction: 'closed the function', removeUser: 'removed the person from the entity', removeMembership: 'removed the person from the capacity',
    keepGrant: 'kept the access (new request)', cancelGrant: 'cancelled the pending access', setPassword: 'password chosen', issueInvitation: 'invitation sent',
  },
};
const SYSTEM: Record<Locale, string> = { fr: 'Sésame (automatiquement)', nl: 'Sésame (automatisch)', de: 'Sésame (automatisch)', en: 'Sésame (automatically)' };
const BEHALF: Record<Locale, string> = { fr: 'pour', nl: 'namens', de: 'im Auftrag von', en: 'on behalf of' };
const REFUSED: Record<Locale, string> = { fr: 'refusé', nl: 'geweigerd', de: 'abgelehnt', en: 'refused' };

const auditLines = (ls: AuditLine[], l: Locale) =>
  bullet(
    ls.map((a) => {
      const who = a.by ?? SYSTEM[l];
      const behalf = a.onBehalfOf && a.onBehalfOf !== a.by ? ` (${BEHALF[l]} ${a.onBehalfOf})` : '';
      return `${formatDateTime(a.at, l)} — ${who} ${ACTIONS[l][a.action] ?? a.action}${behalf}${a.refused ? ` — ${REFUSED[l]}` : ''}`;
    }),
  );

const ROLE: Record<Locale, Record<ManagerRole, string>> = {
  fr: { GA: "gestionnaire d'accès", CO_RAE: 'Co-RAE' },
  nl: { GA: 'toegangsbeheerder', CO_RAE: 'Co-VTE' },
  de: { GA: 'Zugangsverwalter', CO_RAE: 'Co-VZE' },
  en: { GA: 'access manager', CO_RAE: 'Co-RAE' },
};

const REFUSAL: Record<Locale, Record<ChatRefusal, string>> = {
  fr: {
    viewUsers: 'consulter les utilisateurs de cette entité', viewNiss: 'voir ou chercher des NISS', revokeAccess: 'retirer des accès',
    designateManager: "désigner ou retirer des gestionnaires d'accès (c'est le rôle du RAE)", grantAccess: 'donner des accès', viewAudit: "consulter l'historique de cette entité",
    diagnose: 'diagnostiquer les accès de cette entité', other: 'faire cela',
  },
  nl: {
    viewUsers: 'de gebruikers van deze entiteit te bekijken', viewNiss: 'INSZ-nummers te zien of te zoeken', revokeAccess: 'toegang in te trekken',
    designateManager: 'toegangsbeheerders aan te stellen of te verwijderen (dat doet de VTE)', grantAccess: 'toegang te geven', viewAudit: 'de geschiedenis van deze entiteit te bekijken',
    diagnose: 'de toegang in deze entiteit te onderzoeken', other: 'dat te doen',
  },
  de: {
    viewUsers: 'die Benutzer dieser Einrichtung einzusehen', viewNiss: 'Nationalregisternummern zu sehen oder zu suchen', revokeAccess: 'Zugänge zu entziehen',
    designateManager: 'Zugangsverwalter zu ernennen oder abzuberufen (das macht der VZE)', grantAccess: 'Zugänge zu erteilen', viewAudit: 'den Verlauf dieser Einrichtung einzusehen',
    diagnose: 'Zugänge dieser Einrichtung zu prüfen', other: 'das zu tun',
  },
  en: {
    viewUsers: "view this entity's users", viewNiss: 'see or search national numbers', revokeAccess: 'take access away',
    designateManager: 'designate or remove access managers (that is the RAE\'s role)', grantAccess: 'grant access', viewAudit: "read this entity's history",
    diagnose: "diagnose this entity's access", other: 'do that',
  },
};

const REASONS: Record<Locale, Record<ImpossibleReason, string>> = {
  fr: { unknownApplication: 'je ne connais pas cette application', applicationNotInQuality: "cette application ne fait pas partie de cette qualité", applicationNotInEntity: "aucune qualité de cette entité ne donne ces applications", unknownQuality: 'cette qualité est inconnue', unknownUser: 'cette personne est inconnue', invalidRole: 'ce rôle ne peut pas être donné ainsi', other: 'la demande ne correspond pas aux données' },
  nl: { unknownApplication: 'ik ken die toepassing niet', applicationNotInQuality: 'die toepassing hoort niet bij deze hoedanigheid', applicationNotInEntity: 'geen hoedanigheid van deze entiteit geeft die toepassingen', unknownQuality: 'die hoedanigheid is onbekend', unknownUser: 'die persoon is onbekend', invalidRole: 'die rol kan niet zo gegeven worden', other: 'de aanvraag klopt niet met de gegevens' },
  de: { unknownApplication: 'diese Anwendung kenne ich nicht', applicationNotInQuality: 'diese Anwendung gehört nicht zu dieser Eigenschaft', applicationNotInEntity: 'keine Eigenschaft dieser Einrichtung gibt diese Anwendungen', unknownQuality: 'diese Eigenschaft ist unbekannt', unknownUser: 'diese Person ist unbekannt', invalidRole: 'diese Rolle kann so nicht vergeben werden', other: 'der Antrag passt nicht zu den Daten' },
  en: { unknownApplication: 'I do not know that application', applicationNotInQuality: 'that application is not part of this capacity', applicationNotInEntity: 'no capacity of this entity gives these applications', unknownQuality: 'that capacity is unknown', unknownUser: 'that person is unknown', invalidRole: 'that role cannot be given this way', other: 'the request does not match the data' },
};

const appsOf = (names: Names[], l: Locale) => joinList(names.map((n) => n[l]), l);

export const peopleChatMessages: Record<Locale, PeopleChatCatalog> = {
  fr: {
    listHeader: ({ entity, quality, filters, from, to, total }) => `Utilisateurs de ${where(entity, quality, 'fr')}${filterText(filters, 'fr')} : ${from} à ${to} sur ${total}.`,
    listLines: ({ people }) => lines(people, 'fr'),
    listNone: ({ entity, filters }) => `Aucun utilisateur de ${entity}${filterText(filters, 'fr')}.`,
    listMore: () => `Dites « les 10 suivants » pour continuer, ou « exporte en Excel » pour tout recevoir dans un fichier.`,
    listEnd: () => `C'est toute la liste.`,
    listNissHidden: () => `(NISS masqués : votre rôle ne permet pas de les voir.)`,
    askEntityFor: () => `Pour quelle entité ?`,
    askQualityFor: ({ entity }) => `Quelle qualité de ${entity} ?`,
    exportReady: ({ fileName, count, nissHidden }) => `Voici l'export de ${count} utilisateur(s) : ${fileName}.${nissHidden ? ' Sans la colonne NISS, que votre rôle ne permet pas de voir.' : ''}`,
    exportTeams: () => `Je vous propose le fichier : acceptez-le pour qu'il soit enregistré dans votre OneDrive.`,
    unknownPerson: ({ niss }) => `Aucun utilisateur n'a le NISS ${niss}.`,
    notYourUser: ({ niss }) => `Aucun utilisateur de vos entités n'a le NISS ${niss} : il n'y a donc rien à changer chez vous.`,
    noRoleThere: ({ entity, yours }) => `Vous n'avez aucun rôle dans l'entité ${entity} ; vos entités : ${joinList(yours, 'fr')}. Rien n'a été modifié.`,
    notMember: ({ person, entity }) => `${person} ne fait pas partie de ${entity}.`,
    nothingToRevoke: ({ person, entity }) => `${person} n'a aucun accès à retirer dans ${entity}.`,
    askRevokeWhich: ({ person }) => `Quel(s) accès de ${person} dois-je retirer ?`,
    confirmRevoke: ({ person, entity, applications, delayMs }) =>
      `Je vais retirer à ${person} l'accès à ${appsOf(applications, 'fr')} (${entity}). Ce sera effectif dans ${formatDelay(delayMs, 'fr')}, et vous serez prévenu(e). Puis-je confirmer ?`,
    noFunction: ({ person, entity }) => `${person} n'a pas de fonction en cours dans ${entity}.`,
    askEndDate: ({ person, fn }) => `À quelle date la fonction ${fn.fr} de ${person} prend-elle fin ? (par exemple 31-12-2026)`,
    badEndDate: () => `Il me faut une date à venir, par exemple 31-12-2026.`,
    confirmEndFunction: ({ person, fn, endDate }) => `La fonction ${fn.fr} de ${person} prendra fin le ${formatDate(endDate, 'fr')}. Puis-je confirmer ?`,
    confirmRemoveUser: ({ person, entity, quality, delayMs }) =>
      `Je vais retirer ${person} de ${where(entity, quality, 'fr')}, avec tous ses accès et fonctions, dans ${formatDelay(delayMs, 'fr')}. Puis-je confirmer ?`,
    askIdentifier: ({ name }) => `Quel est l'identifiant Sésame de ${name} ? Je le lui donne la première fois qu'il ou elle m'écrit.`,
    askManagerName: () => `Quel est le nom de cette personne ?`,
    confirmDesignate: ({ name, identifier, role, entity, remove }) =>
      remove
        ? `${name} (${identifier}) ne sera plus ${ROLE.fr[role]} de ${entity}. Puis-je confirmer ?`
        : `${name} (${identifier}) sera ${ROLE.fr[role]} de ${entity}. Puis-je confirmer ?`,
    designated: ({ name, role, entity, remove, changed }) =>
      !changed
        ? remove ? `${name} n'était pas ${ROLE.fr[role]} de ${entity} : rien à faire.` : `${name} est déjà ${ROLE.fr[role]} de ${entity} : rien à faire.`
        : remove ? `C'est fait : ${name} n'est plus ${ROLE.fr[role]} de ${entity}.` : `C'est fait : ${name} est ${ROLE.fr[role]} de ${entity}. Il ou elle peut m'écrire dès maintenant.`,
    askBulkApplications: () => `Quelle(s) application(s) dois-je donner à ces personnes ?`,
    bulkNothingToDo: () => `Aucune ligne à traiter : rien n'a été enregistré.`,
    bulkDone: ({ ok, failed }) => `Terminé : ${ok} personne(s) traitée(s)${failed ? `, ${failed} en échec` : ''}.`,
    auditHeader: ({ niss, person, application }) => `Historique de ${person ? `${person} (${niss})` : niss}${application ? ` pour ${application.fr}` : ''} :`,
    auditLines: ({ lines: ls }) => auditLines(ls, 'fr'),
    auditNone: ({ niss, application }) => `Rien dans l'historique pour ${niss}${application ? ` et ${application.fr}` : ''}.`,
    refused: ({ action }) => `Votre rôle ne vous permet pas de ${REFUSAL.fr[action]}. Rien n'a été modifié.`,
    impossible: ({ reason }) => `Ce n'est pas possible : ${REASONS.fr[reason]}.`,
    notCancelled: () => `D'accord, je ne fais rien.`,
    sideCancelled: () => `C'est annulé : rien n'a été modifié.`,
    backToRequest: () => `Reprenons votre demande d'accès en cours.`,
    sideHelp: ({ requestWaiting }) => `J'attends votre réponse à la question ci-dessous.${requestWaiting ? ` Votre demande d'accès en cours reprendra ensuite.` : ''} « annuler » arrête ceci sans rien modifier ; « in English please », « op Nederlands graag »… change la langue.`,
    yesOrNo: () => `Répondez « oui » pour confirmer ou « non » pour annuler.`,
    fileConsentDescription: ({ count }) => `Export Sésame de ${count} utilisateur(s)`,
    exportTooLarge: () => `Ce fichier est trop volumineux pour être envoyé ici : précisez des critères (une application, un statut, un nom) pour réduire la liste.`,
    fileUploaded: ({ fileName }) => `Le fichier ${fileName} est enregistré dans votre OneDrive.`,
    fileDeclined: ({ fileName }) => `Bien, je n'envoie pas ${fileName}. Demandez un nouvel export quand vous le souhaitez.`,
    fileExpired: () => `Cette proposition de fichier a expiré ou a déjà reçu une réponse. Demandez un nouvel export.`,
    fileNotYours: () => `Ce fichier a été préparé pour une autre personne : je ne peux pas vous l'envoyer.`,
    fileUploadFailed: () => `Je n'ai pas pu enregistrer le fichier dans votre OneDrive. Réessayez en demandant un nouvel export.`,
    bulkProgress: ({ done, total }) => `En cours : ${done}/${total} traitée(s)…`,
  },
  nl: {
    listHeader: ({ entity, quality, filters, from, to, total }) => `Gebruikers van ${where(entity, quality, 'nl')}${filterText(filters, 'nl')}: ${from} tot ${to} van ${total}.`,
    listLines: ({ people }) => lines(people, 'nl'),
    listNone: ({ entity, filters }) => `Geen gebruikers van ${entity}${filterText(filters, 'nl')}.`,
    listMore: () => `Zeg "volgende 10" om verder te gaan, of "exporteer naar Excel" om alles in een bestand te krijgen.`,
    listEnd: () => `Dat is de hele lijst.`,
    listNissHidden: () => `(INSZ verborgen: uw rol laat niet toe ze te zien.)`,
    askEntityFor: () => `Voor welke entiteit?`,
    askQualityFor: ({ entity }) => `Welke hoedanigheid van ${entity}?`,
    exportReady: ({ fileName, count, nissHidden }) => `Hier is de export van ${count} gebruiker(s): ${fileName}.${nissHidden ? ' Zonder de INSZ-kolom, die uw rol niet mag zien.' : ''}`,
    exportTeams: () => `Ik bied u het bestand aan: aanvaard het om het in uw OneDrive op te slaan.`,
    unknownPerson: ({ niss }) => `Geen enkele gebruiker heeft het INSZ ${niss}.`,
    notYourUser: ({ niss }) => `Geen enkele gebruiker van uw entiteiten heeft het INSZ ${niss}: er is bij u dus niets te wijzigen.`,
    noRoleThere: ({ entity, yours }) => `U hebt geen rol in de entiteit ${entity}; uw entiteiten: ${joinList(yours, 'nl')}. Er is niets gewijzigd.`,
    notMember: ({ person, entity }) => `${person} hoort niet bij ${entity}.`,
    nothingToRevoke: ({ person, entity }) => `${person} heeft geen toegang om in te trekken in ${entity}.`,
    askRevokeWhich: ({ person }) => `Welke toegang van ${person} moet ik intrekken?`,
    confirmRevoke: ({ person, entity, applications, delayMs }) =>
      `Ik trek de toegang van ${person} tot ${appsOf(applications, 'nl')} in (${entity}). Dat gaat in binnen ${formatDelay(delayMs, 'nl')}, en u krijgt bericht. Bevestigt u?`,
    noFunction: ({ person, entity }) => `${person} heeft geen lopende functie in ${entity}.`,
    askEndDate: ({ person, fn }) => `Op welke datum eindigt de functie ${fn.nl} van ${person}? (bijvoorbeeld 31-12-2026)`,
    badEndDate: () => `Ik heb een datum in de toekomst nodig, bijvoorbeeld 31-12-2026.`,
    confirmEndFunction: ({ person, fn, endDate }) => `De functie ${fn.nl} van ${person} eindigt op ${formatDate(endDate, 'nl')}. Bevestigt u?`,
    confirmRemoveUser: ({ person, entity, quality, delayMs }) =>
      `Ik verwijder ${person} uit ${where(entity, quality, 'nl')}, met al zijn of haar toegang en functies, binnen ${formatDelay(delayMs, 'nl')}. Bevestigt u?`,
    askIdentifier: ({ name }) => `Wat is de Sésame-identificatie van ${name}? Ik geef ze de eerste keer dat hij of zij mij schrijft.`,
    askManagerName: () => `Wat is de naam van deze persoon?`,
    confirmDesignate: ({ name, identifier, role, entity, remove }) =>
      remove ? `${name} (${identifier}) is dan geen ${ROLE.nl[role]} meer van ${entity}. Bevestigt u?` : `${name} (${identifier}) wordt ${ROLE.nl[role]} van ${entity}. Bevestigt u?`,
    designated: ({ name, role, entity, remove, changed }) =>
      !changed
        ? remove ? `${name} was geen ${ROLE.nl[role]} van ${entity}: niets te doen.` : `${name} is al ${ROLE.nl[role]} van ${entity}: niets te doen.`
        : remove ? `Klaar: ${name} is geen ${ROLE.nl[role]} meer van ${entity}.` : `Klaar: ${name} is ${ROLE.nl[role]} van ${entity}. Hij of zij kan mij nu schrijven.`,
    askBulkApplications: () => `Welke toepassing(en) moet ik deze personen geven?`,
    bulkNothingToDo: () => `Geen regels te verwerken: er is niets geregistreerd.`,
    bulkDone: ({ ok, failed }) => `Klaar: ${ok} persoon/personen verwerkt${failed ? `, ${failed} mislukt` : ''}.`,
    auditHeader: ({ niss, person, application }) => `Geschiedenis van ${person ? `${person} (${niss})` : niss}${application ? ` voor ${application.nl}` : ''}:`,
    auditLines: ({ lines: ls }) => auditLines(ls, 'nl'),
    auditNone: ({ niss, application }) => `Niets in de geschiedenis voor ${niss}${application ? ` en ${application.nl}` : ''}.`,
    refused: ({ action }) => `Uw rol laat niet toe ${REFUSAL.nl[action]}. Er is niets gewijzigd.`,
    impossible: ({ reason }) => `Dat kan niet: ${REASONS.nl[reason]}.`,
    notCancelled: () => `Goed, ik doe niets.`,
    sideCancelled: () => `Geannuleerd: er is niets gewijzigd.`,
    backToRequest: () => `We gaan verder met uw lopende toegangsaanvraag.`,
    sideHelp: ({ requestWaiting }) => `Ik wacht op uw antwoord op de vraag hieronder.${requestWaiting ? ` Uw lopende toegangsaanvraag gaat daarna verder.` : ''} „annuleren" stopt dit zonder iets te wijzigen; „in English please", „en français svp"… verandert de taal.`,
    yesOrNo: () => `Antwoord "ja" om te bevestigen of "nee" om te annuleren.`,
    fileConsentDescription: ({ count }) => `Sésame-export van ${count} gebruiker(s)`,
    exportTooLarge: () => `Dit bestand is te groot om hier te versturen: geef criteria op (een toepassing, een status, een naam) om de lijst te verkleinen.`,
    fileUploaded: ({ fileName }) => `Het bestand ${fileName} is opgeslagen in uw OneDrive.`,
    fileDeclined: ({ fileName }) => `Goed, ik verstuur ${fileName} niet. Vraag een nieuwe export wanneer u wilt.`,
    fileExpired: () => `Dit bestandsvoorstel is verlopen of al beantwoord. Vraag een nieuwe export.`,
    fileNotYours: () => `Dit bestand is voor iemand anders klaargemaakt: ik kan het u niet sturen.`,
    fileUploadFailed: () => `Ik kon het bestand niet in uw OneDrive opslaan. Probeer opnieuw met een nieuwe export.`,
    bulkProgress: ({ done, total }) => `Bezig: ${done}/${total} verwerkt…`,
  },
  de: {
    listHeader: ({ entity, quality, filters, from, to, total }) => `Benutzer von ${where(entity, quality, 'de')}${filterText(filters, 'de')}: ${from} bis ${to} von ${total}.`,
    listLines: ({ people }) => lines(people, 'de'),
    listNone: ({ entity, filters }) => `Keine Benutzer von ${entity}${filterText(filters, 'de')}.`,
    listMore: () => `Sagen Sie „nächste 10“, um weiterzublättern, oder „exportiere nach Excel“, um alles als Datei zu bekommen.`,
    listEnd: () => `Das ist die ganze Liste.`,
    listNissHidden: () => `(Nationalregisternummern ausgeblendet: Ihre Rolle erlaubt es nicht, sie zu sehen.)`,
    askEntityFor: () => `Für welche Einrichtung?`,
    askQualityFor: ({ entity }) => `Welche Eigenschaft von ${entity}?`,
    exportReady: ({ fileName, count, nissHidden }) => `Hier ist der Export von ${count} Benutzer(n): ${fileName}.${nissHidden ? ' Ohne die Spalte Nationalregisternummer, die Ihre Rolle nicht sehen darf.' : ''}`,
    exportTeams: () => `Ich biete Ihnen die Datei an: Nehmen Sie sie an, um sie in Ihrem OneDrive zu speichern.`,
    unknownPerson: ({ niss }) => `Kein Benutzer hat die Nationalregisternummer ${niss}.`,
    notYourUser: ({ niss }) => `Kein Benutzer Ihrer Einrichtungen hat die Nationalregisternummer ${niss}: Bei Ihnen gibt es also nichts zu ändern.`,
    noRoleThere: ({ entity, yours }) => `Sie haben keine Rolle in der Einrichtung ${entity}; Ihre Einrichtungen: ${joinList(yours, 'de')}. Es wurde nichts geändert.`,
    notMember: ({ person, entity }) => `${person} gehört nicht zu ${entity}.`,
    nothingToRevoke: ({ person, entity }) => `${person} hat in ${entity} keinen Zugang, der entzogen werden könnte.`,
    askRevokeWhich: ({ person }) => `Welchen Zugang von ${person} soll ich entziehen?`,
    confirmRevoke: ({ person, entity, applications, delayMs }) =>
      `Ich entziehe ${person} den Zugang zu ${appsOf(applications, 'de')} (${entity}). Das wird in ${formatDelay(delayMs, 'de')} wirksam, und Sie werden benachrichtigt. Bestätigen Sie?`,
    noFunction: ({ person, entity }) => `${person} hat in ${entity} keine laufende Funktion.`,
    askEndDate: ({ person, fn }) => `An welchem Datum endet die Funktion ${fn.de} von ${person}? (zum Beispiel 31-12-2026)`,
    badEndDate: () => `Ich brauche ein künftiges Datum, zum Beispiel 31-12-2026.`,
    confirmEndFunction: ({ person, fn, endDate }) => `Die Funktion ${fn.de} von ${person} endet am ${formatDate(endDate, 'de')}. Bestätigen Sie?`,
    confirmRemoveUser: ({ person, entity, quality, delayMs }) =>
      `Ich entferne ${person} aus ${where(entity, quality, 'de')}, mit allen Zugängen und Funktionen, in ${formatDelay(delayMs, 'de')}. Bestätigen Sie?`,
    askIdentifier: ({ name }) => `Wie lautet die Sésame-Kennung von ${name}? Ich nenne sie ihm oder ihr, wenn er oder sie mir zum ersten Mal schreibt.`,
    askManagerName: () => `Wie heißt diese Person?`,
    confirmDesignate: ({ name, identifier, role, entity, remove }) =>
      remove ? `${name} (${identifier}) ist dann nicht mehr ${ROLE.de[role]} von ${entity}. Bestätigen Sie?` : `${name} (${identifier}) wird ${ROLE.de[role]} von ${entity}. Bestätigen Sie?`,
    designated: ({ name, role, entity, remove, changed }) =>
      !changed
        ? remove ? `${name} war nicht ${ROLE.de[role]} von ${entity}: nichts zu tun.` : `${name} ist schon ${ROLE.de[role]} von ${entity}: nichts zu tun.`
        : remove ? `Erledigt: ${name} ist nicht mehr ${ROLE.de[role]} von ${entity}.` : `Erledigt: ${name} ist ${ROLE.de[role]} von ${entity} und kann mir ab jetzt schreiben.`,
    askBulkApplications: () => `Welche Anwendung(en) soll ich diesen Personen geben?`,
    bulkNothingToDo: () => `Keine Zeile zu verarbeiten: nichts wurde gespeichert.`,
    bulkDone: ({ ok, failed }) => `Fertig: ${ok} Person(en) verarbeitet${failed ? `, ${failed} fehlgeschlagen` : ''}.`,
    auditHeader: ({ niss, person, application }) => `Verlauf von ${person ? `${person} (${niss})` : niss}${application ? ` für ${application.de}` : ''}:`,
    auditLines: ({ lines: ls }) => auditLines(ls, 'de'),
    auditNone: ({ niss, application }) => `Nichts im Verlauf für ${niss}${application ? ` und ${application.de}` : ''}.`,
    refused: ({ action }) => `Ihre Rolle erlaubt es nicht, ${REFUSAL.de[action]}. Es wurde nichts geändert.`,
    impossible: ({ reason }) => `Das ist nicht möglich: ${REASONS.de[reason]}.`,
    notCancelled: () => `Gut, ich tue nichts.`,
    sideCancelled: () => `Abgebrochen: Es wurde nichts geändert.`,
    backToRequest: () => `Machen wir mit Ihrem laufenden Zugangsantrag weiter.`,
    sideHelp: ({ requestWaiting }) => `Ich warte auf Ihre Antwort auf die Frage unten.${requestWaiting ? ` Ihr laufender Zugangsantrag geht danach weiter.` : ''} „abbrechen" beendet dies, ohne etwas zu ändern; „in English please", „en français svp"… wechselt die Sprache.`,
    yesOrNo: () => `Antworten Sie „ja“ zum Bestätigen oder „nein“ zum Abbrechen.`,
    fileConsentDescription: ({ count }) => `Sésame-Export von ${count} Benutzer(n)`,
    exportTooLarge: () => `Diese Datei ist zu groß, um sie hier zu senden: Geben Sie Kriterien an (eine Anwendung, einen Status, einen Namen), um die Liste zu verkleinern.`,
    fileUploaded: ({ fileName }) => `Die Datei ${fileName} ist in Ihrem OneDrive gespeichert.`,
    fileDeclined: ({ fileName }) => `Gut, ich sende ${fileName} nicht. Fordern Sie einen neuen Export an, wann immer Sie möchten.`,
    fileExpired: () => `Dieses Dateiangebot ist abgelaufen oder wurde schon beantwortet. Fordern Sie einen neuen Export an.`,
    fileNotYours: () => `Diese Datei wurde für eine andere Person vorbereitet: Ich kann sie Ihnen nicht senden.`,
    fileUploadFailed: () => `Ich konnte die Datei nicht in Ihrem OneDrive speichern. Versuchen Sie es mit einem neuen Export erneut.`,
    bulkProgress: ({ done, total }) => `In Arbeit: ${done}/${total} verarbeitet…`,
  },
  en: {
    listHeader: ({ entity, quality, filters, from, to, total }) => `Users of ${where(entity, quality, 'en')}${filterText(filters, 'en')}: ${from} to ${to} of ${total}.`,
    listLines: ({ people }) => lines(people, 'en'),
    listNone: ({ entity, filters }) => `No users of ${entity}${filterText(filters, 'en')}.`,
    listMore: () => `Say "next 10" to go on, or "export to Excel" to get everything in a file.`,
    listEnd: () => `That is the whole list.`,
    listNissHidden: () => `(National numbers hidden: your role does not allow you to see them.)`,
    askEntityFor: () => `For which entity?`,
    askQualityFor: ({ entity }) => `Which capacity of ${entity}?`,
    exportReady: ({ fileName, count, nissHidden }) => `Here is the export of ${count} user(s): ${fileName}.${nissHidden ? ' Without the national number column, which your role may not see.' : ''}`,
    exportTeams: () => `I am offering you the file: accept it to save it in your OneDrive.`,
    unknownPerson: ({ niss }) => `No user has the national number ${niss}.`,
    notYourUser: ({ niss }) => `No user of your entities has the national number ${niss}, so there is nothing to change in them.`,
    noRoleThere: ({ entity, yours }) => `You hold no role in the entity ${entity}; your entities: ${joinList(yours, 'en')}. Nothing was changed.`,
    notMember: ({ person, entity }) => `${person} is not part of ${entity}.`,
    nothingToRevoke: ({ person, entity }) => `${person} has no access to take away in ${entity}.`,
    askRevokeWhich: ({ person }) => `Which access of ${person} should I take away?`,
    confirmRevoke: ({ person, entity, applications, delayMs }) =>
      `I will take away ${person}'s access to ${appsOf(applications, 'en')} (${entity}). It takes effect in ${formatDelay(delayMs, 'en')}, and you will be told. Shall I confirm?`,
    noFunction: ({ person, entity }) => `${person} holds no current function in ${entity}.`,
    askEndDate: ({ person, fn }) => `On which date does ${person}'s function ${fn.en} end? (for example 31-12-2026)`,
    badEndDate: () => `I need a date to come, for example 31-12-2026.`,
    confirmEndFunction: ({ person, fn, endDate }) => `${person}'s function ${fn.en} will end on ${formatDate(endDate, 'en')}. Shall I confirm?`,
    confirmRemoveUser: ({ person, entity, quality, delayMs }) =>
      `I will remove ${person} from ${where(entity, quality, 'en')}, with all their access and functions, in ${formatDelay(delayMs, 'en')}. Shall I confirm?`,
    askIdentifier: ({ name }) => `What is ${name}'s Sésame identifier? I give it to them the first time they write to me.`,
    askManagerName: () => `What is this person's name?`,
    confirmDesignate: ({ name, identifier, role, entity, remove }) =>
      remove ? `${name} (${identifier}) will no longer be ${ROLE.en[role]} of ${entity}. Shall I confirm?` : `${name} (${identifier}) will be ${ROLE.en[role]} of ${entity}. Shall I confirm?`,
    designated: ({ name, role, entity, remove, changed }) =>
      !changed
        ? remove ? `${name} was not ${ROLE.en[role]} of ${entity}: nothing to do.` : `${name} already is ${ROLE.en[role]} of ${entity}: nothing to do.`
        : remove ? `Done: ${name} is no longer ${ROLE.en[role]} of ${entity}.` : `Done: ${name} is ${ROLE.en[role]} of ${entity} and can write to me now.`,
    askBulkApplications: () => `Which application(s) should I give these people?`,
    bulkNothingToDo: () => `No line to process: nothing was recorded.`,
    bulkDone: ({ ok, failed }) => `Finished: ${ok} person(s) processed${failed ? `, ${failed} failed` : ''}.`,
    auditHeader: ({ niss, person, application }) => `History of ${person ? `${person} (${niss})` : niss}${application ? ` for ${application.en}` : ''}:`,
    auditLines: ({ lines: ls }) => auditLines(ls, 'en'),
    auditNone: ({ niss, application }) => `Nothing in the history for ${niss}${application ? ` and ${application.en}` : ''}.`,
    refused: ({ action }) => `Your role does not allow you to ${REFUSAL.en[action]}. Nothing was changed.`,
    impossible: ({ reason }) => `That is not possible: ${REASONS.en[reason]}.`,
    notCancelled: () => `All right, I will do nothing.`,
    sideCancelled: () => `Cancelled: nothing was changed.`,
    backToRequest: () => `Let us go back to your access request in progress.`,
    sideHelp: ({ requestWaiting }) => `I am waiting for your answer to the question below.${requestWaiting ? ` Your access request in progress resumes afterwards.` : ''} "cancel" stops this without changing anything; "auf Deutsch bitte", "en français svp"… changes the language.`,
    yesOrNo: () => `Answer "yes" to confirm or "no" to cancel.`,
    fileConsentDescription: ({ count }) => `Sésame export of ${count} user(s)`,
    exportTooLarge: () => `This file is too large to send here: give criteria (an application, a status, a name) to narrow the list.`,
    fileUploaded: ({ fileName }) => `The file ${fileName} is saved in your OneDrive.`,
    fileDeclined: ({ fileName }) => `All right, I will not send ${fileName}. Ask for a new export whenever you like.`,
    fileExpired: () => `This file offer has expired or was already answered. Ask for a new export.`,
    fileNotYours: () => `This file was prepared for someone else: I cannot send it to you.`,
    fileUploadFailed: () => `I could not save the file in your OneDrive. Try again by asking for a new export.`,
    bulkProgress: ({ done, total }) => `In progress: ${done}/${total} done…`,
  },
};

export function sayPeopleChat(notice: PeopleChatNotice, locale: Locale): string {
  const fn = peopleChatMessages[locale][notice.key] as (p?: unknown) => string;
  return fn('params' in notice ? notice.params : undefined);
}
