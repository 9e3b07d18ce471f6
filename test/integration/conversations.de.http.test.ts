import { dayAfter } from '../../src/domain/dates';
import {
  ACTIVATE_INAMI, ELS, HELD_FROM, HOSPILISS_WITH_HELD_FUNCTION, JAN, LUCAS, MARIE, NATHALIE, as, dayOfNextMonth, ddmmyyyy, describeConversations, granted, inDays, inLocale, pastDayWords, step, type Conversation,
} from '../support/conversations';

/** German conversations, in wordings no other test uses: every failure of issue 12, checked in the store and the audit log. */
const de = inLocale('de-BE');

const conversations: Conversation[] = [
  de({
    name: 'de: nichts offen: „nein“, „bis 30. Juni“ und „Hilfe“ öffnen keinen Antrag, jedes bekommt seine Antwort',
    steps: [
      step('nein', null, 'Was kann ich für Sie tun?', 'Sie können zum Beispiel'),
      step('bis 30. Juni', null, 'Für welchen Antrag ist dieses Datum'),
      step('Hilfe', null, 'Sagen Sie mir in einem Satz'),
    ],
    grants: [],
    audit: [],
  }),
  de({
    name: 'de: „ab 1. März bis 1. Februar“: das Ende vor dem Anfang wird abgelehnt und erneut erfragt, nie ein Jahr später gelesen; keine Funktion geschrieben',
    steps: [
      step(`gib Colindos an ${ELS} in Sainte-Anne ab 1. März bis 1. Februar, sie arbeitet für den Apotheker`, 'endDate', 'Das Enddatum muss nach dem Anfangsdatum'),
      step('abbrechen', null),
    ],
    grants: [],
    functions: [],
    audit: [],
  }),
  de({
    name: 'de: ein Mitarbeiter eines Facharztes, angefragt als Mitarbeiter des Krankenhausapothekers: die bestehende Funktion wird genannt und bleibt, sonst wird nichts geschrieben',
    ...HOSPILISS_WITH_HELD_FUNCTION,
    steps: [
      step(`Hospiliss für ${JAN} bei IRIS, er arbeitet für den Krankenhausapotheker`, 'confirm',
        'Sie fragen die Funktion „Mitarbeiter Krankenhausapotheker“ an', `diese Person hat bereits die Funktion „Mitarbeiter Facharzt“ ab dem ${ddmmyyyy(HELD_FROM).replace(/-/g, '.')}`, 'eine bestehende Funktion ändere ich nicht'),
      step('ja', null),
    ],
  }),
  de({
    name: 'de: ein Anfangsdatum ohne Jahr, das dieses Jahr schon vorbei ist, wird als vergangen abgelehnt und neu erfragt, nie ein Jahr später gelesen',
    steps: [
      step(`Colindos für 78110324621 in Sainte-Anne, sie ist Mitarbeiterin des Krankenhausapothekers, ab dem ${pastDayWords('de', '.')}`, 'startDate', 'liegt bereits in der Vergangenheit: Eine Funktion beginnt frühestens heute'),
      step(ddmmyyyy(inDays(3)).replace(/-/g, '.'), 'endDate'),
      step(ddmmyyyy(inDays(60)).replace(/-/g, '.'), 'confirm'),
      step('ja', null),
    ],
    grants: [{ niss: ELS, application: 'COLINDOS' }],
    functions: [{ niss: ELS, function: 'COLLAB_PHARMACIST', startDate: inDays(3), endDate: dayAfter(inDays(60)) }],
    audit: [granted(ELS, 'COLINDOS'), { action: 'assignFunction', outcome: 'ok', niss: ELS }],
  }),
  de({
    name: 'de: eine Einrichtung ohne Rolle wird mit der eigenen genannt, nie ersetzt, und als Ablehnung protokolliert',
    manager: 'oneEntity',
    steps: [
      step('bitte eBirth für 01091504506 in der Einrichtung 710087-50 freischalten', 'entity',
        'Sie haben in der Einrichtung Hôpitaux IRIS Sud (710087-50) keine Rolle', 'Clinique Sainte-Anne Saint-Remi (710338-90)'),
      step('nein, abbrechen', null, 'Abgebrochen'),
    ],
    grants: [],
    audit: [{ action: 'grantAccess', outcome: 'refused', details: { reason: 'entityNoRole', entity: '710087-50', applications: ['EBIRTH'] } }],
  }),
  de({
    name: "de: „im AZ Groeninge“ wird gesagt, mit den Einrichtungen der Verwalterin, und nicht übergangen",
    steps: [
      step('gib HospiSup an 85073003328 im AZ Groeninge', 'entity', 'Eine Einrichtung „AZ Groeninge“ kenne ich nicht', 'Hôpitaux IRIS Sud (710087-50)'),
      step('IRIS', 'confirm', 'Dr Marie Dupont'),
      step('ja', null),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'HOSPISUP')],
  }),
  de({
    name: 'de: eine GA der LIKIV-Eigenschaft hört, warum Krankenhaus nicht geht, und wählt ihre',
    manager: 'gaInami',
    before: [ACTIVATE_INAMI],
    steps: [
      step('ich bräuchte Honoraires de disponibilité für 85073003328 unter der Eigenschaft Krankenhaus', 'quality',
        'gehört bei Hôpitaux IRIS Sud nicht zu Ihrem Bereich', 'Gesundheitspflege (LIKIV)'),
      step('dann Gesundheitspflege', 'confirm', 'Gesundheitspflege (LIKIV)'),
      step('ja bitte', null),
    ],
    grants: [{ niss: JAN, application: 'CHAPTER_IV' }, { niss: MARIE, application: 'INAMI_AVAILABILITY_FEES' }],
    audit: [
      { action: 'grantAccess', outcome: 'refused', details: { reason: 'qualityOutOfScope', entity: '710087-50', quality: 'HOSPITAL', applications: ['INAMI_AVAILABILITY_FEES'] } },
      granted(MARIE, 'INAMI_AVAILABILITY_FEES', 'gaInami'),
    ],
  }),
  de({
    name: 'de: ein zweiter Antrag während des ersten ist ein neuer, mit seiner eigenen Person',
    steps: [
      step('gib eBirth an 82022116865 in Sainte-Anne', 'confirm', 'Dr Nathalie Dubois'),
      step('gib HospiSup an 78110324621 in Sainte-Anne', 'confirm', 'Ich lege den laufenden Antrag', 'Apr. Els Janssens'),
      { text: 'ja', slot: null, says: ['Els Janssens'], never: ['Nathalie'] },
    ],
    grants: [{ niss: ELS, application: 'HOSPISUP' }],
    audit: [granted(ELS, 'HOSPISUP')],
  }),
  de({
    name: 'de: ein Ende vor dem Beginn wird abgelehnt, erneut gefragt und nie offen gespeichert',
    steps: [
      step('Hospiliss für 90041212377 in IRIS, er ist Mitarbeiter eines Facharztes, ab 20.05.2027 bis 10.05.2027', 'endDate', 'Das Enddatum muss nach dem Anfangsdatum'),
      step('bis 31.05.2027', 'confirm', '31.05.2027'),
      step('ja', null),
    ],
    grants: [{ niss: JAN, application: 'HOSPILISS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: '2027-05-20', endDate: dayAfter('2027-05-31') }],
    audit: [granted(JAN, 'HOSPILISS'), { action: 'assignFunction', outcome: 'ok', niss: JAN }],
  }),
  de({
    name: 'de: „ach nee, vergessen wir das“ mitten im Antrag beendet ihn',
    steps: [
      step('Colindos für 90041212377 in IRIS', 'confirmPerson'),
      step('ja', 'role'),
      step('ach nee, vergessen wir das', null, 'Abgebrochen'),
    ],
    grants: [],
    audit: [],
  }),
  de({
    name: 'de: „Colindos und Zauberwerk“: Zauberwerk wird genannt, die Anwendungen werden erneut gefragt',
    steps: [
      step('Colindos und Zauberwerk für 90041212377 in IRIS', 'applications', 'Ich finde „zauberwerk“ nicht unter den Anwendungen'),
      step('Colindos', 'confirmPerson'),
      step('ja', 'role'),
      step('Arzt', 'confirm', 'Colindos'),
      step('ja', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    audit: [granted(JAN, 'COLINDOS')],
  }),
  de({
    name: 'de: eine Statusfrage zu einer Person mit Namen mitten im Antrag lässt ihn unberührt',
    steps: [
      step('gib HospiSup an 90041212377 in IRIS', 'confirm', 'Jan Peeters'),
      {
        text: 'Hat Marie Dupont eigentlich schon Zugang zu eBirth?', slot: 'confirm',
        says: ['Dr Marie Dupont (ENSS 85.07.30-033.28)', 'eBirth', 'Benutzer: Jan Peeters', 'Anwendung: HospiSup'], never: ['Ich lege den laufenden'],
      },
      { text: 'ja', slot: null, says: ['Jan Peeters'], never: ['Marie Dupont'] },
    ],
    grants: [{ niss: JAN, application: 'HOSPISUP' }],
    audit: [granted(JAN, 'HOSPISUP')],
  }),
  de({
    name: 'de: eine Protokollfrage auf Deutsch bekommt das Protokoll, keine Benutzerliste',
    before: [['donne HospiSup à 85073003328 pour IRIS', 'oui']],
    steps: [{ text: 'Wer hat 85073003328 den Zugang zu HospiSup gegeben?', slot: null, says: ['Sophie Lambert'], never: ['Benutzer von', 'mdupont'] }],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [],
  }),
  de({
    name: 'de: der 7. nächsten Monats in einem Satz bleibt erhalten',
    steps: [
      step('gib Colindos an 78110324621 in Sainte-Anne, sie ist Mitarbeiterin der Krankenhausapothekerin, ab dem 7. nächsten Monats', 'confirm'),
      step('ja', null),
    ],
    grants: [{ niss: ELS, application: 'COLINDOS' }],
    functions: [{ niss: ELS, function: 'COLLAB_PHARMACIST', startDate: dayOfNextMonth(7), endDate: null }],
    audit: [granted(ELS, 'COLINDOS'), { action: 'assignFunction', outcome: 'ok', niss: ELS }],
  }),
  de({
    name: 'de: „er unterstützt einen Facharzt“ ist ein Mitarbeiter, mit der Funktion, die Hospiliss braucht',
    steps: [
      step('Hospiliss für 90041212377 in IRIS, er unterstützt einen Facharzt, ab übermorgen', 'confirm', 'Facharzt'),
      step('ja', null),
    ],
    grants: [{ niss: JAN, application: 'HOSPILISS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: inDays(2), endDate: null }],
    audit: [granted(JAN, 'HOSPILISS'), { action: 'assignFunction', outcome: 'ok', niss: JAN }],
  }),
  de({
    name: 'de: ein bereits vorhandener Zugang wird gesagt, ohne Versprechen einer Nachricht',
    before: [['donne eBirth à 01091504506 à Sainte-Anne', 'oui']],
    steps: [
      step('eBirth für 01091504506 in Sainte-Anne, bitte', 'confirm', 'Bereits vorhanden, es ändert sich nichts'),
      { text: 'ja', slot: null, never: ['benachrichtige', 'Bescheid'] },
    ],
    grants: [{ niss: LUCAS, application: 'EBIRTH' }],
    audit: [],
  }),
  de({
    name: 'de: ein vergangenes Datum für eine Anwendung ohne Funktion: kein Datum nötig, nicht „für die Funktion“',
    steps: [
      step('gib eBirth an 82022116865 in Sainte-Anne ab dem 3. Februar 2025', 'confirm', 'liegt bereits in der Vergangenheit, und eBirth hat ohnehin kein Anfangsdatum'),
      { text: 'ja', slot: null, never: ['Funktion'] },
    ],
    grants: [{ niss: NATHALIE, application: 'EBIRTH' }],
    audit: [granted(NATHALIE, 'EBIRTH')],
  }),
  de({
    name: 'de: „auf Französisch bitte“ mitten im Antrag ändert nur die Sprache',
    steps: [
      step('gib HospiSup an 85073003328 in IRIS', 'confirm'),
      { text: 'auf Französisch bitte', slot: 'confirm', says: ['français', 'HospiSup'], never: ['Abgebrochen', 'annulé'] },
      step('oui', null, "C'est enregistré"),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'HOSPISUP')],
  }),
  de({
    name: 'de: zwei Verwalter gleichzeitig, abwechselnd: jeder bekommt seinen eigenen Antrag',
    steps: [
      as('irisRae', step('gib eBirth an 90041212377', 'confirm', 'Jan Peeters')),
      step('gib HospiSup an 85073003328 in IRIS', 'confirm', 'Dr Marie Dupont'),
      as('irisRae', { text: 'ja', slot: null, says: ['Jan Peeters'], never: ['Marie Dupont'] }),
      { text: 'ja', slot: null, says: ['Dr Marie Dupont'], never: ['Jan Peeters'] },
    ],
    grants: [{ niss: JAN, application: 'EBIRTH' }, { niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(JAN, 'EBIRTH', 'irisRae'), granted(MARIE, 'HOSPISUP')],
  }),
  de({
    name: 'de: eine deutsche Antwort auf die Funktionsfrage dreht sich nicht im Kreis: beim dritten Mal Hilfe und Ausweg',
    steps: [
      step('Colindos für 90041212377 in IRIS, Mitarbeiter', 'confirmPerson'),
      step('ja', 'function'),
      step('für den Chef', 'function'),
      step('keine Ahnung', 'function'),
      step('weiß nicht genau', 'function', 'Facharzt oder Krankenhausapotheker', '„abbrechen“'),
      step('Facharzt', 'startDate'),
      step('abbrechen', null, 'Abgebrochen'),
    ],
    grants: [],
    audit: [],
  }),
  de({
    name: 'de: „hat X Zugriff auf Y?“ mitten im Antrag wird beantwortet, der Antrag bleibt, wie er war',
    steps: [
      step('gib HospiSup an 85073003328 in IRIS', 'confirm', 'Dr Marie Dupont'),
      { text: 'hat Jan Peeters Zugriff auf Colindos?', slot: 'confirm', says: ['HospiSup'], never: ['Colindos, HospiSup', 'Ich habe Jan'] },
      { text: 'hat 90041212377 schon Hospiliss?', slot: 'confirm', says: ['Dr Marie Dupont'], never: ['Ich habe Jan'] },
      step('ja', null),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'HOSPISUP')],
  }),
];

describeConversations('German conversations over HTTP, checked in the store and the audit log', 'de', conversations);
