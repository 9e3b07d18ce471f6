import type { ChatRefusal, ImpossibleReason, ManagerRole, PeopleChatCatalog, SideQuestion } from './manage.catalog';
import { brusselsMidnight, dayAfter, formatDate, formatDateTime } from '../domain/dates';
import { countOf, formatDelay, joinList, roleNamed } from './format';
import { appsOf, auditLines, filterText, lines, where, type ManageWords } from './manage.format';

const L = 'nl';
const W: ManageWords = {
  status: { invited: 'uitgenodigd', active: 'actief', disabled: 'gedeactiveerd' },
  noApplication: 'geen toepassing',
  filter: { application: 'toepassing', status: 'status', lastName: 'naam', firstName: 'voornaam', username: 'gebruikersnaam', collaborators: 'medewerkers' },
  actions: {
    grantAccess: 'gaf toegang', activateGrant: 'activeerde de toegang', revokeAccess: 'trok de toegang in', deactivateGrant: 'deactiveerde de toegang',
    createUser: 'maakte de gebruiker aan', assignFunction: 'kende de functie toe', activateFunction: 'activeerde de functie', endFunction: 'beëindigde de functie',
    deactivateFunction: 'sloot de functie af', removeUser: 'verwijderde de persoon uit de entiteit', removeMembership: 'verwijderde de persoon uit de hoedanigheid',
    keepGrant: 'behield de toegang (nieuwe aanvraag)', cancelGrant: 'annuleerde de wachtende toegang', setPassword: 'wachtwoord gekozen', issueInvitation: 'uitnodiging verstuurd',
    activateQuality: 'activeerde de hoedanigheid', designateManager: 'stelde een toegangsbeheerder aan', removeManager: 'verwijderde een toegangsbeheerder', viewUsers: 'bekeek de gebruikers', viewNiss: 'bekeek INSZ-nummers', diagnose: 'vroeg een diagnose', viewAudit: 'bekeek de geschiedenis',
  },
  otherAction: 'deed een andere handeling',
  system: 'Sésame (automatisch)',
  behalf: 'namens',
  refused: 'geweigerd',
};
const QUESTION: Record<SideQuestion, string> = {
  entity: `Ik vraag de entiteit van deze aanvraag: geef het nummer in de lijst of de naam, bijvoorbeeld „1” of „Sainte-Anne”.`,
  quality: `Ik vraag de hoedanigheid: geef het nummer in de lijst of de naam, bijvoorbeeld „1” of „ziekenhuis”.`,
  person: `Ik vraag welke persoon het is: geef het nummer in de lijst, de naam of het INSZ, bijvoorbeeld „1” of „80.05.15-123.75”.`,
  niss: `Ik vraag het INSZ van de persoon (11 cijfers), bijvoorbeeld „80.05.15-123.75”.`,
  revokeWhich: `Ik vraag welke toepassingen ingetrokken worden: noem ze, bijvoorbeeld „Colindos” of „Colindos en Hospiliss”.`,
  endDate: `Ik vraag de einddatum, bijvoorbeeld „31-12-2027”.`,
  identifier: `Ik vraag wie u aanwijst: de naam, de gebruikersnaam van het portaal, het e-mailadres of het INSZ, bijvoorbeeld „Sarah Moens” of „sarahmoens”.`,
  bulkApplications: `Ik vraag welke toepassingen gegeven worden, bijvoorbeeld „Colindos en Hospiliss”.`,
  confirm: `Ik vraag om te bevestigen: antwoord „ja” of „nee”.`,
  page: `De lijst staat hierboven: „volgende” toont de rest, „exporteren” stuurt ze als bestand.`,
};
/** Candidates as a numbered list, one a line. */
const numbered = (items: readonly string[]) => items.map((x, i) => `${i + 1}. ${x}`).join('\n');
const ROLE: Record<ManagerRole, string> = { GA: 'toegangsbeheerder', CO_RAE: 'Co-VTE' };
const REFUSAL: Record<ChatRefusal, string> = {
  viewUsers: 'de gebruikers van deze entiteit te bekijken', viewNiss: 'INSZ-nummers te zien of te zoeken', revokeAccess: 'toegang in te trekken',
  designateManager: 'toegangsbeheerders aan te stellen of te verwijderen (dat doet de VTE)', grantAccess: 'toegang te geven', viewAudit: 'de geschiedenis van deze entiteit te bekijken',
  diagnose: 'de toegang in deze entiteit te onderzoeken', other: 'dat te doen',
};
const REASONS: Record<ImpossibleReason, string> = { unknownApplication: 'ik ken die toepassing niet', applicationNotInQuality: 'die toepassing hoort niet bij deze hoedanigheid', applicationNotInEntity: 'geen hoedanigheid van deze entiteit geeft die toepassingen', unknownQuality: 'die hoedanigheid is onbekend', unknownUser: 'die persoon is onbekend', invalidRole: 'die rol kan niet zo gegeven worden', other: 'de aanvraag klopt niet met de gegevens' };

/** The first instant without a function whose last day is `lastDay`: the next midnight in Brussels. */
const firstDayWithout = (lastDay: string) => formatDateTime(brusselsMidnight(dayAfter(lastDay)), L);

export const manageNl: PeopleChatCatalog = {
  listHeader: ({ entity, quality, filters, from, to, total }) => `Gebruikers van ${where(entity, quality, L)}${filterText(filters, L, W)}: ${from} tot ${to} van ${total}.`,
  listLines: ({ people }) => lines(people, W),
  listNone: ({ entity, filters }) => `Geen gebruikers van ${entity}${filterText(filters, L, W)}.`,
  listMore: () => `Zeg „volgende 10” om verder te gaan, of „exporteer naar Excel” om alles in een bestand te krijgen.`,
  listEnd: () => `Dat is de hele lijst.`,
  listNissHidden: () => `(INSZ verborgen: uw rol laat niet toe ze te zien.)`,
  askEntityFor: () => `Voor welke entiteit?`,
  askQualityFor: ({ entity }) => `Welke hoedanigheid van ${entity}?`,
  exportReady: ({ fileName, count, nissHidden }) => `Hier is de export van ${countOf(count, L, 'gebruiker', 'gebruikers')}: ${fileName}.${nissHidden ? ' Zonder de INSZ-kolom, die uw rol niet mag zien.' : ''}`,
  exportTeams: () => `Ik bied u het bestand aan: aanvaard het om het in uw OneDrive op te slaan.`,
  unknownPerson: ({ niss }) => `Geen enkele gebruiker heeft het INSZ ${niss}.`,
  notYourUser: ({ niss }) => `Geen enkele gebruiker van uw entiteiten heeft het INSZ ${niss}: er is bij u dus niets te wijzigen.`,
  noUserNamed: ({ name }) => `Geen enkele gebruiker van uw entiteiten heet ${name}.`,
  noRoleThere: ({ entity, yours }) => `U hebt geen rol in de entiteit ${entity}; uw entiteiten: ${joinList(yours, 'nl')}. Er is niets gewijzigd.`,
  unknownEntityThere: ({ entity, yours }) => `Ik ken geen entiteit „${entity}”; uw entiteiten: ${joinList(yours, 'nl')}.`,
  notMember: ({ person, entity }) => `${person} hoort niet bij ${entity}.`,
  nothingToRevoke: ({ person, entity }) => `${person} heeft geen toegang om in te trekken in ${entity}.`,

  notHeldNamed: ({ person, entity, applications, held, others }) =>
    others
      ? `${person} heeft geen ${appsOf(applications, L)}: daarvoor valt niets in te trekken.`
      : `${person} heeft geen ${appsOf(applications, L)}: er valt niets in te trekken. ${held.length ? `Toegang in ${entity}: ${appsOf(held, L)}.` : `${person} heeft geen toegang in ${entity}.`}`,
  setAside: ({ what, person, answer }) =>
    `Ik laat ${{ revoke: 'het intrekken van de toegang', endFunction: 'het beëindigen van de functie', removeUser: 'het verwijderen uit de entiteit', designate: 'de aanstelling', bulk: 'de groepstoekenning' }[what]}${person ? ` van ${person}` : ''} ${{ revoke: 'dat', endFunction: 'dat', removeUser: 'dat', designate: 'die', bulk: 'die' }[what]} op uw ${answer ? 'antwoord' : 'bevestiging'} wachtte, liggen: er is niets gewijzigd.`,
  askRevokeWhich: ({ person }) => `Welke toegang van ${person} moet ik intrekken?`,
  confirmRevoke: ({ person, entity, applications, delayMs }) =>
    `Ik trek de toegang van ${person} tot ${appsOf(applications, L)} in (${entity}). Dat gaat in binnen ${formatDelay(delayMs, L)}, en u krijgt bericht. Bevestigt u?`,
  noFunction: ({ person, entity }) => `${person} heeft geen lopende functie in ${entity}.`,
  askEndDate: ({ person, fn }) => `Op welke datum eindigt de functie „${fn.nl}” van ${person}? (bijvoorbeeld 31-12-2026)`,
  badEndDate: ({ past }) => (past ? `${formatDate(past, L)} is al voorbij: de laatste dag moet na vandaag vallen, bijvoorbeeld 31-12-2026.` : `Ik heb een datum in de toekomst nodig, bijvoorbeeld 31-12-2026.`),
  confirmEndFunction: ({ person, fn, entity, lastDay, currentLastDay, sooner }) =>
    `De functie „${fn.nl}” van ${person} (${entity}) eindigt; laatste dag: ${formatDate(lastDay, L)} (inactief vanaf ${firstDayWithout(lastDay)}).${currentLastDay ? ` Ze zou eindigen op ${formatDate(currentLastDay, L)}: ze ${sooner ? 'eindigt dus vroeger' : 'wordt dus verlengd'}.` : ''} Bevestigt u?`,
  functionAlreadyEnds: ({ person, fn, entity, lastDay }) =>
    `De functie „${fn.nl}” van ${person} (${entity}) eindigt al op ${formatDate(lastDay, L)}: er is niets te doen.`,
  confirmCancelFunction: ({ person, fn, entity, startDate, lastDay }) =>
    `De functie „${fn.nl}” van ${person} (${entity}) is nog niet begonnen (vanaf ${formatDate(startDate, L)}): ze beëindigen op ${formatDate(lastDay, L)} betekent dat ze nooit begint. Zal ik ze annuleren?`,
  confirmRemoveUser: ({ person, entity, quality, delayMs, keepsRoles }) =>
    `Ik verwijder ${person} uit ${where(entity, quality, L)}, met al zijn of haar toegang en functies, binnen ${formatDelay(delayMs, L)}.${keepsRoles ? ` ${person} blijft ${joinList(keepsRoles.map((r) => ROLE[r]), L)} van ${entity}: een gebruiker verwijderen neemt die rol niet af (schrijf daarvoor bijvoorbeeld „${person} is geen ${ROLE[keepsRoles[0]!]} meer”).` : ''} Bevestigt u?`,
  askIdentifier: ({ role, entity, remove }) =>
    remove
      ? `Wie mag geen ${ROLE[role]} van ${entity} meer zijn? Geef de naam, de gebruikersnaam van het portaal, het e-mailadres of het INSZ.`
      : `Wie wordt ${ROLE[role]} van ${entity}? Geef de naam, de gebruikersnaam van het portaal, het e-mailadres of het INSZ van een gebruiker van ${entity}.`,
  designeeUnknown: ({ said, entity }) => `„${said}” komt met geen enkele gebruiker van ${entity} overeen: ik geef geen rol aan een onbekende identificatie.`,
  designeeCandidates: ({ said, candidates, near, entity }) =>
    near && candidates.length === 1
      ? `Geen gebruiker van ${entity} komt precies overeen met „${said}”. Bedoelt u ${candidates[0]}? Antwoord „ja”, of geef een andere naam.`
      : near
        ? `Geen gebruiker van ${entity} komt precies overeen met „${said}”. Bedoelt u een van deze personen?\n${numbered(candidates)}\nGeef het nummer, of een andere naam.`
        : `Meerdere gebruikers van ${entity} komen overeen met „${said}”:\n${numbered(candidates)}\nWie bedoelt u? Geef het nummer of de gebruikersnaam.`,
  designeeDeclined: () => `Goed, niemand van deze lijst.`,
  confirmDesignate: ({ name, username, role, entity, remove, said }) =>
    remove ? `${name} (gebruikersnaam ${username}) is dan geen ${roleNamed(ROLE[role], said)} meer van ${entity}. Bevestigt u?` : `${name} (gebruikersnaam ${username}) wordt ${roleNamed(ROLE[role], said)} van ${entity}. Bevestigt u?`,
  designated: ({ name, role, entity, remove, changed, said }) =>
    !changed
      ? remove ? `${name} was geen ${roleNamed(ROLE[role], said)} van ${entity}: niets te doen.` : `${name} is al ${roleNamed(ROLE[role], said)} van ${entity}: niets te doen.`
      : remove ? `Klaar: ${name} is geen ${roleNamed(ROLE[role], said)} meer van ${entity}.` : `Klaar: ${name} is ${roleNamed(ROLE[role], said)} van ${entity}. Hij of zij kan mij nu schrijven.`,
  askBulkApplications: () => `Welke toepassingen moet ik deze personen geven?`,
  bulkNothingToDo: () => `Geen regels te verwerken: er is niets geregistreerd.`,
  bulkDone: ({ ok, failed }) => `Klaar: ${countOf(ok, L, 'persoon', 'personen')} verwerkt${failed ? `, ${failed} mislukt` : ''}.`,
  auditHeader: ({ niss, person, application }) => `Geschiedenis van ${person ? `${person} (${niss})` : niss}${application ? ` voor ${application.nl}` : ''}:`,
  auditLines: ({ lines: ls }) => auditLines(ls, L, W),
  auditNone: ({ niss, application }) => `Niets in de geschiedenis voor ${niss}${application ? ` en ${application.nl}` : ''}.`,
  refused: ({ action, designation: d }) =>
    d
      ? `Uw rol laat niet toe een ${roleNamed(ROLE[d.role], d.said)} ${d.remove ? 'te verwijderen' : 'aan te stellen'}: dat doet de VTE. Er is niets gewijzigd.`
      : `Uw rol laat niet toe ${REFUSAL[action]}. Er is niets gewijzigd.`,
  impossible: ({ reason }) => `Dat kan niet: ${REASONS[reason]}.`,
  notCancelled: () => `Goed, ik doe niets.`,
  sideCancelled: () => `Geannuleerd: er is niets gewijzigd.`,
  backToRequest: () => `We gaan verder met uw lopende toegangsaanvraag.`,
  sideHelp: ({ requestWaiting, asking }) => `${asking ? QUESTION[asking] : `Ik wacht op uw antwoord op de vraag hieronder.`}${requestWaiting ? ` Uw lopende toegangsaanvraag gaat daarna verder.` : ''} „annuleren” stopt dit zonder iets te wijzigen; „in English please”, „en français svp”… verandert de taal.`,
  sideStuck: ({ requestWaiting, asking }) =>
    `Dit antwoord kan ik hier niet gebruiken. ${QUESTION[asking]} ${requestWaiting ? `Uw lopende toegangsaanvraag wacht, ongewijzigd: „annuleren” stopt deze vraag zonder iets te wijzigen en brengt u ernaar terug.` : `„annuleren” stopt dit zonder iets te wijzigen.`}`,
  identifierIsAnswer: ({ said }) => `„${said}” is een antwoord, geen persoon: geef de naam, de gebruikersnaam van het portaal, het e-mailadres of het INSZ van de persoon, of „annuleren”.`,
  notUnderstoodYesOrNo: ({ text }) => `Ik heb „${text}” niet begrepen: er is niets veranderd. Antwoord „ja” om te bevestigen of „nee” om te annuleren, of zeg wat er moet veranderen.`,
  fileConsentDescription: ({ count }) => `Sésame-export van ${countOf(count, L, 'gebruiker', 'gebruikers')}`,
  exportTooLarge: () => `Dit bestand is te groot om hier te versturen: geef criteria op (een toepassing, een status, een naam) om de lijst te verkleinen.`,
  fileUploaded: ({ fileName }) => `Het bestand ${fileName} is opgeslagen in uw OneDrive.`,
  fileDeclined: ({ fileName }) => `Goed, ik verstuur ${fileName} niet. Vraag een nieuwe export wanneer u wilt.`,
  fileExpired: () => `Dit bestandsvoorstel is verlopen of al beantwoord. Vraag een nieuwe export.`,
  fileNotYours: () => `Dit bestand is voor iemand anders klaargemaakt: ik kan het u niet sturen.`,
  fileUploadFailed: () => `Ik kon het bestand niet in uw OneDrive opslaan. Probeer opnieuw met een nieuwe export.`,
  bulkProgress: ({ done, total }) => `Bezig: ${done}/${total} verwerkt…`,
};
