import { dayAfter } from '../../src/domain/dates';
import {
  ACTIVATE_INAMI, ELS, HELD_FROM, HOSPILISS_WITH_HELD_FUNCTION, JAN, JUNE_30_AFTER, LUCAS, MARIE, NATHALIE, NEXT_MARCH_1, as, dayOfNextMonth, ddmmyyyy, describeConversations, granted, inDays, inLocale, pastDayWords, step, type Conversation,
} from '../support/conversations';

/** Dutch conversations, in wordings no other test uses: every failure of issue 12, checked in the store and the audit log. */
const nl = inLocale('nl-BE');

const conversations: Conversation[] = [
  nl({
    name: "nl: niets open: 'nee', 'tot 30 juni' en 'help' openen geen aanvraag, elk krijgt zijn antwoord",
    steps: [
      step('nee', null, 'Wat kan ik voor u doen?', 'U kunt bijvoorbeeld'),
      step('tot 30 juni', null, 'Voor welke aanvraag is deze datum'),
      step('help', null, 'Zeg in één zin wat er gegeven moet worden'),
    ],
    grants: [],
    audit: [],
  }),
  nl({
    name: "nl: 'vanaf 1 maart tot 1 februari': het einde vóór het begin wordt geweigerd en opnieuw gevraagd, nooit een jaar later gelezen; geen functie geschreven",
    steps: [
      step(`geef Colindos aan ${ELS} in Sainte-Anne vanaf 1 maart tot 1 februari, ze werkt voor de apotheker`, 'endDate', 'De einddatum moet na de begindatum liggen'),
      step('laat maar', null),
    ],
    grants: [],
    functions: [],
    audit: [],
  }),
  nl({
    name: 'nl: een medewerker van een arts-specialist, gevraagd als assistent van de ziekenhuisapotheker: de functie die hij heeft wordt gezegd en blijft, niets anders wordt geschreven',
    ...HOSPILISS_WITH_HELD_FUNCTION,
    steps: [
      step(`Hospiliss voor ${JAN} in IRIS, hij is de assistent van de ziekenhuisapotheker`, 'confirm',
        'U vraagt de functie „medewerker ziekenhuisapotheker”', `deze persoon heeft al de functie „medewerker arts-specialist” vanaf ${ddmmyyyy(HELD_FROM)}`, 'een lopende functie wijzig ik niet'),
      step('ja', null, 'Het is geregistreerd'),
    ],
  }),
  nl({
    name: "nl: 'vanaf 1 maart tot eind juni' houdt de einddatum: de functie loopt tot 30 juni",
    steps: [
      step(`Colindos voor ${ELS} in Sainte-Anne, zij is medewerkster van de ziekenhuisapotheker, vanaf 1 maart tot eind juni`, 'confirm', `tot ${ddmmyyyy(JUNE_30_AFTER)}`),
      step('ja', null),
    ],
    grants: [{ niss: ELS, application: 'COLINDOS' }],
    functions: [{ niss: ELS, function: 'COLLAB_PHARMACIST', startDate: NEXT_MARCH_1, endDate: dayAfter(JUNE_30_AFTER) }],
    audit: [granted(ELS, 'COLINDOS'), { action: 'assignFunction', outcome: 'ok', niss: ELS }],
  }),
  nl({
    name: "nl: 'vanaf 1 maart tot eind juni' voor een functie die al loopt: beide data worden teruggezegd, de functie blijft zoals ze is",
    ...HOSPILISS_WITH_HELD_FUNCTION,
    steps: [
      step(`Hospiliss voor ${JAN} in IRIS, medewerker van een arts-specialist, vanaf 1 maart tot eind juni`, 'confirm',
        `van ${ddmmyyyy(NEXT_MARCH_1)} tot ${ddmmyyyy(JUNE_30_AFTER)}`, 'een lopende functie wijzig ik niet'),
      step('ja', null),
    ],
  }),
  nl({
    name: 'nl: een begindatum zonder jaar die dit jaar al voorbij is, wordt als voorbij geweigerd en opnieuw gevraagd, nooit een jaar later gelezen',
    steps: [
      step(`Colindos voor 78110324621 in Sainte-Anne, zij is medewerkster van de ziekenhuisapotheker, vanaf ${pastDayWords('nl')}`, 'startDate', 'is al voorbij: een functie begint ten vroegste vandaag'),
      step(ddmmyyyy(inDays(3)), 'endDate'),
      step(ddmmyyyy(inDays(60)), 'confirm'),
      step('ja', null),
    ],
    grants: [{ niss: ELS, application: 'COLINDOS' }],
    functions: [{ niss: ELS, function: 'COLLAB_PHARMACIST', startDate: inDays(3), endDate: dayAfter(inDays(60)) }],
    audit: [granted(ELS, 'COLINDOS'), { action: 'assignFunction', outcome: 'ok', niss: ELS }],
  }),
  nl({
    name: 'nl: een entiteit zonder rol wordt genoemd met de eigen entiteit erbij, nooit vervangen',
    manager: 'oneEntity',
    steps: [
      step('kan je HospiSup openzetten voor 78110324621 in Hôpitaux IRIS Sud aub', 'entity',
        'U hebt geen rol in de entiteit Hôpitaux IRIS Sud', 'Clinique Sainte-Anne Saint-Remi (710338-90)'),
      step('Sainte-Anne dan', 'confirm', 'Apr. Els Janssens'),
      step('ja hoor', null, 'Het is geregistreerd'),
    ],
    grants: [{ niss: ELS, application: 'HOSPISUP' }],
    audit: [
      { action: 'grantAccess', outcome: 'refused', details: { reason: 'entityNoRole', entity: '710087-50', applications: ['HOSPISUP'] } },
      granted(ELS, 'HOSPISUP', 'oneEntity'),
    ],
  }),
  nl({
    name: "nl: 'bij AZ Nergens' wordt gezegd, met de entiteiten van de beheerder, en niets gaat stil verder",
    steps: [
      step('geef eBirth aan 82022116865 bij AZ Nergens', 'entity', 'Ik ken geen entiteit „AZ Nergens”', 'Clinique Sainte-Anne Saint-Remi (710338-90)'),
      step('Sainte-Anne', 'confirm', 'Dr Nathalie Dubois'),
      step('ja', null),
    ],
    grants: [{ niss: NATHALIE, application: 'EBIRTH' }],
    audit: [granted(NATHALIE, 'EBIRTH')],
  }),
  nl({
    name: 'nl: een GA van de RIZIV-hoedanigheid die de ziekenhuishoedanigheid vraagt, hoort waarom, en dat wordt geaudit',
    manager: 'gaInami',
    before: [ACTIVATE_INAMI],
    steps: [
      step('zet Chapter IV open voor 85073003328, hoedanigheid ziekenhuis', 'quality', 'valt niet onder uw bevoegdheid bij Hôpitaux IRIS Sud', 'Geneeskundige verzorging (RIZIV)'),
      step('stop er dan maar mee', null, 'Geannuleerd'),
    ],
    grants: [{ niss: JAN, application: 'CHAPTER_IV' }],
    audit: [{ action: 'grantAccess', outcome: 'refused', details: { reason: 'qualityOutOfScope', entity: '710087-50', quality: 'HOSPITAL' } }],
  }),
  nl({
    name: 'nl: een tweede aanvraag tijdens de eerste is een nieuwe, met haar eigen persoon',
    steps: [
      step('geef HospiSup aan 85073003328 in IRIS', 'confirm', 'Dr Marie Dupont'),
      step('geef EBMPracticeNet aan 90041212377 in IRIS', 'confirm', 'Ik laat de lopende aanvraag', 'Jan Peeters'),
      { text: 'ja', slot: null, says: ['Jan Peeters'], never: ['Marie Dupont'] },
    ],
    grants: [{ niss: JAN, application: 'EBMPRACTICENET' }],
    audit: [granted(JAN, 'EBMPRACTICENET')],
  }),
  nl({
    name: 'nl: een einddatum vóór de begindatum wordt geweigerd en opnieuw gevraagd, nooit zonder einde opgeslagen',
    steps: [
      step('Colindos voor 78110324621 in Sainte-Anne, zij is medewerkster van de ziekenhuisapotheker, van 15 mei 2027 tot 1 mei 2027', 'endDate',
        'De einddatum moet na de begindatum liggen'),
      step('31-12-2027', 'confirm', 'tot 31-12-2027'),
      step('ja', null),
    ],
    grants: [{ niss: ELS, application: 'COLINDOS' }],
    functions: [{ niss: ELS, function: 'COLLAB_PHARMACIST', startDate: '2027-05-15', endDate: dayAfter('2027-12-31') }],
    audit: [granted(ELS, 'COLINDOS'), { action: 'assignFunction', outcome: 'ok', niss: ELS }],
  }),
  nl({
    name: "nl: 'ach nee, laat het maar zitten' midden in de aanvraag stopt alles",
    steps: [
      step('Hospiliss voor 90041212377', 'confirmPerson', 'de enige van uw entiteiten waar Jan Peeters gebruiker is'),
      step('ach nee, laat het maar zitten', null, 'Geannuleerd'),
    ],
    grants: [],
    audit: [],
  }),
  nl({
    name: "nl: 'HospiSup en Kwakzalver' zegt Kwakzalver terug en vraagt de toepassingen opnieuw",
    steps: [
      step('geef HospiSup en Kwakzalver aan 85073003328 in IRIS', 'applications', 'Ik vind „kwakzalver” niet bij de toepassingen'),
      step('HospiSup', 'confirm', 'HospiSup'),
      step('ja', null),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'HOSPISUP')],
  }),
  nl({
    name: 'nl: een statusvraag over iemand bij naam midden in de aanvraag laat de aanvraag ongemoeid',
    steps: [
      step('geef eBirth aan 01091504506 in Sainte-Anne', 'confirm', 'Lucas Mertens'),
      {
        text: 'heeft Els Janssens eigenlijk al toegang tot Colindos?', slot: 'confirm',
        says: ['Apr. Els Janssens (INSZ 78.11.03-246.21)', 'Colindos', 'Gebruiker: Lucas Mertens', 'Toepassing: eBirth'], never: ['Ik laat de lopende'],
      },
      { text: 'ja', slot: null, says: ['Lucas Mertens'], never: ['Els Janssens'] },
    ],
    grants: [{ niss: LUCAS, application: 'EBIRTH' }],
    audit: [granted(LUCAS, 'EBIRTH')],
  }),
  nl({
    name: 'nl: de 20ste van volgende maand in één zin blijft behouden',
    steps: [
      step('geef Hospiliss aan 90041212377 in IRIS, medewerker van een arts-specialist, vanaf de 20e van volgende maand', 'confirm'),
      step('ja', null),
    ],
    grants: [{ niss: JAN, application: 'HOSPILISS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: dayOfNextMonth(20), endDate: null }],
    audit: [granted(JAN, 'HOSPILISS'), { action: 'assignFunction', outcome: 'ok', niss: JAN }],
  }),
  nl({
    name: "nl: 'zij helpt de ziekenhuisapotheker' is een medewerkster, met de functie die Colindos vraagt",
    steps: [
      step('Colindos voor 78110324621 in Sainte-Anne, zij helpt de ziekenhuisapotheker, vanaf overmorgen', 'confirm', 'ziekenhuisapotheker'),
      step('ja', null),
    ],
    grants: [{ niss: ELS, application: 'COLINDOS' }],
    functions: [{ niss: ELS, function: 'COLLAB_PHARMACIST', startDate: inDays(2), endDate: null }],
    audit: [granted(ELS, 'COLINDOS'), { action: 'assignFunction', outcome: 'ok', niss: ELS }],
  }),
  nl({
    name: 'nl: een toegang die al bestaat wordt gezegd, zonder belofte van een bericht',
    before: [['donne eBirth à 82022116865 à Sainte-Anne', 'oui']],
    steps: [
      step('eBirth voor 82022116865 in Sainte-Anne graag', 'confirm', 'Al in bezit, er verandert niets'),
      { text: 'ja', slot: null, never: ['laat ik u', 'verwittig', 'bericht'] },
    ],
    grants: [{ niss: NATHALIE, application: 'EBIRTH' }],
    // Nothing changed, so nothing is written.
    audit: [],
  }),
  nl({
    name: 'nl: bij naam gevraagd, iemand van een andere entiteit is niemand hier: niets van haar wordt getoond',
    manager: 'oneEntity',
    steps: [
      step('geef HospiSup aan 82022116865', 'confirm', 'Dr Nathalie Dubois'),
      { text: 'heeft Marie Dupont al toegang tot HospiSup?', slot: 'confirm', says: ['Geen gebruiker van uw entiteiten heet Marie Dupont', 'Dr Nathalie Dubois'], never: ['85.07.30', 'mdupont'] },
      step('ja', null),
    ],
    grants: [{ niss: NATHALIE, application: 'HOSPISUP' }],
    audit: [granted(NATHALIE, 'HOSPISUP', 'oneEntity')],
  }),
  nl({
    name: 'nl: een datum in het verleden voor een toepassing zonder functie: geen datum nodig, niet "voor de functie"',
    steps: [
      step('geef HospiSup aan 85073003328 in IRIS vanaf 4 februari 2025', 'confirm', 'is al voorbij, en HospiSup heeft sowieso geen begindatum'),
      { text: 'ja', slot: null, never: ['functie'] },
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'HOSPISUP')],
  }),
  nl({
    name: "nl: 'in het Frans graag' midden in de aanvraag verandert alleen de taal",
    steps: [
      step('geef HospiSup aan 90041212377 in IRIS', 'confirm'),
      { text: 'in het Frans graag', slot: 'confirm', says: ['français', 'HospiSup'], never: ['Geannuleerd', 'annulé'] },
      step('oui', null, "C'est enregistré"),
    ],
    grants: [{ niss: JAN, application: 'HOSPISUP' }],
    audit: [granted(JAN, 'HOSPISUP')],
  }),
  nl({
    name: 'nl: twee beheerders in één gesprek, door elkaar: elk zijn eigen aanvraag',
    shared: true,
    steps: [
      step('geef eBirth aan 85073003328 in IRIS', 'confirm', 'Dr Marie Dupont'),
      as('irisRae', step('geef Colindos aan 90041212377, hij is arts', 'confirm', 'Jan Peeters')),
      { text: 'ja', slot: null, says: ['Dr Marie Dupont'], never: ['Jan Peeters'] },
      as('irisRae', { text: 'ja', slot: null, says: ['Jan Peeters'], never: ['Marie Dupont'] }),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }, { niss: JAN, application: 'COLINDOS' }],
    audit: [granted(MARIE, 'EBIRTH'), granted(JAN, 'COLINDOS', 'irisRae')],
  }),
  nl({
    name: 'nl: na de derde keer zonder begrip zegt Sésame wat het verwacht, met voorbeelden en hoe te stoppen',
    steps: [
      step('geef Colindos aan 90041212377 in IRIS', 'confirmPerson'),
      step('ja', 'role'),
      step('tja', 'role'),
      step('geen idee eigenlijk', 'role'),
      step('hmm', 'role', 'arts, apotheker, of medewerker', '„annuleren”'),
      step('hij is arts', 'confirm'),
      step('ja', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    audit: [granted(JAN, 'COLINDOS')],
  }),
  nl({
    name: 'nl: gevraagd naar het INSZ, een naam zonder aanhalingstekens is een naam, geen fout nummer: de enige gebruiker met die naam wordt gevonden',
    steps: [
      step('geef HospiSup in IRIS', 'niss'),
      { text: 'Marie Dupont', slot: 'confirm', says: ['Ik heb Dr Marie Dupont (INSZ 85.07.30-033.28) gevonden bij de gebruikers van uw entiteiten.'], never: ['alleen cijfers', 'geteld'] },
      step('ja', null),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'HOSPISUP')],
  }),
  nl({
    name: 'nl: „heeft X Y?” midden in een aanvraag wordt beantwoord, de aanvraag blijft zoals ze was',
    steps: [
      step('geef HospiSup aan 85073003328 in IRIS', 'confirm', 'Dr Marie Dupont'),
      { text: 'heeft Jan Peeters Colindos?', slot: 'confirm', says: ['HospiSup'], never: ['Colindos, HospiSup', 'Ik heb Jan'] },
      { text: 'heeft 90041212377 al Hospiliss?', slot: 'confirm', says: ['Dr Marie Dupont'], never: ['Ik heb Jan'] },
      step('ja', null),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'HOSPISUP')],
  }),
];

describeConversations('Dutch conversations over HTTP, checked in the store and the audit log', 'nl', conversations);
