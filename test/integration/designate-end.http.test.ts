import { dayAfter } from '../../src/domain/dates';
import type { Sesame } from '../../src/app';
import { ddmmyyyy, describeConversations, inDays, inLocale, JAN, JAN_HOLDS_SPECIALIST, JAN_SPECIALIST_COLLABORATOR, step, type AuditRow, type Conversation, type Lang } from '../support/conversations';

/**
 * Trial 5, defects E and I, over HTTP against the store: making someone a manager in everyday words starts the
 * designation with the person kept (never a grant, never the NISS asked); a question about who is manager asks for
 * nothing; a no where a NISS is asked is a refusal, with the way out, never "a NISS contains only digits". Ending a
 * function again on the day it already ends records nothing and says so; ending it sooner says that it ends earlier.
 */
const LOCALE: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
const YES: Record<Lang, string> = { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' };
const CANCEL: Record<Lang, string> = { fr: 'annuler', nl: 'annuleren', de: 'abbrechen', en: 'cancel' };
const shown = (iso: string, lang: Lang) => {
  const [y, m, d] = iso.split('-');
  return lang === 'nl' ? `${d}-${m}-${y}` : lang === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
};
const GRANT_WORDS = ['Hoedanigheid', 'Qualité', 'Eigenschaft', 'Capacity', 'Quelles applications', 'Welke toepassingen', 'Welche Anwendungen', 'Which applications'];
const NISS_WRONG = ['contient', 'bevat', 'enthält', 'contains', "Ce n'est pas un NISS", 'Dat is geen INSZ', 'Das ist keine ENSS', 'That is not a NISS'];
const WHO_SAID: Record<Lang, string> = {
  fr: "Je ne peux pas encore dire qui gère les accès d'une entité.", nl: 'Wie de toegang van een entiteit beheert, kan ik nog niet tonen.',
  de: 'Wer den Zugang einer Einrichtung verwaltet, kann ich noch nicht anzeigen.', en: "I cannot show yet who manages an entity's access.",
};
const ANNE = 'Clinique Sainte-Anne Saint-Remi';

const designated = (role: 'GA' | 'CO_RAE'): AuditRow => ({ action: 'designateManager', outcome: 'ok', niss: null, application: null, details: { role, target: 'ejanssens' } });

/** [sentence, the confirmation's words, what is said once done, the role] */
const DESIGNATIONS: Record<Lang, [string, string, string, 'GA' | 'CO_RAE'][]> = {
  fr: [
    ["Els Janssens doit devenir gestionnaire d'accès à Sainte-Anne", `Els Janssens (nom d'utilisateur : ejanssens) sera gestionnaire d'accès de la ${ANNE}`, "C'est fait : Els Janssens est gestionnaire d'accès", 'GA'],
    ['fais de Els Janssens une co-gestionnaire de Sainte-Anne', `Els Janssens (nom d'utilisateur : ejanssens) sera Co-RAE (co-gestionnaire) de la ${ANNE}`, "C'est fait : Els Janssens est Co-RAE (co-gestionnaire)", 'CO_RAE'],
  ],
  nl: [
    ['maak Els Janssens co-beheerder van Sainte-Anne', `Els Janssens (gebruikersnaam ejanssens) wordt Co-VTE (co-beheerder) van ${ANNE}`, 'Klaar: Els Janssens is Co-VTE (co-beheerder)', 'CO_RAE'],
    ['zet Els Janssens als toegangsbeheerder in Sainte-Anne', `Els Janssens (gebruikersnaam ejanssens) wordt toegangsbeheerder van ${ANNE}`, 'Klaar: Els Janssens is toegangsbeheerder', 'GA'],
  ],
  de: [
    ['Machen Sie Els Janssens zur Co-Verwalterin von Sainte-Anne', `Els Janssens (Benutzername ejanssens) wird Co-VZE (Co-Verwalterin) von ${ANNE}`, 'Erledigt: Els Janssens ist Co-VZE (Co-Verwalterin)', 'CO_RAE'],
    ['Els Janssens soll Zugangsverwalterin von Sainte-Anne werden', `Els Janssens (Benutzername ejanssens) wird Zugangsverwalter von ${ANNE}`, 'Erledigt: Els Janssens ist Zugangsverwalter', 'GA'],
  ],
  en: [
    ['I want Els Janssens to be access manager at Sainte-Anne', `Els Janssens (username ejanssens) will be access manager of ${ANNE}`, 'Done: Els Janssens is access manager', 'GA'],
    ['can you make Els Janssens co-manager of Sainte-Anne?', `Els Janssens (username ejanssens) will be Co-RAE (co-manager) of ${ANNE}`, 'Done: Els Janssens is Co-RAE (co-manager)', 'CO_RAE'],
  ],
};
const NO: Record<Lang, string> = { fr: 'non', nl: 'nee', de: 'nein', en: 'no' };
const WHO: Record<Lang, string> = {
  fr: "qui est gestionnaire d'accès à Sainte-Anne ?", nl: 'wie is toegangsbeheerder van Sainte-Anne?', de: 'wer ist Zugangsverwalter in Sainte-Anne?', en: 'who is manager of Sainte-Anne?',
};
/** A grant whose NISS is asked, and a revocation whose NISS is asked; the refusal said at each. */
const GRANT_NISS: Record<Lang, string> = {
  fr: 'donne TCT à IRIS Sud, qualité hôpital', nl: 'geef TCT in IRIS Sud, hoedanigheid ziekenhuis', de: 'gib TCT in IRIS Sud, Eigenschaft Krankenhaus', en: 'give TCT at IRIS Sud, capacity hospital',
};
const REVOKE_NISS: Record<Lang, string> = { fr: 'retire HospiSup', nl: 'trek HospiSup in', de: 'entziehe HospiSup', en: 'revoke HospiSup' };
const DECLINED: Record<Lang, string> = {
  fr: 'Sans le NISS de la personne, je ne peux pas continuer.', nl: 'Zonder het INSZ van de persoon kan ik niet verder.',
  de: 'Ohne die ENSS der Person kann ich nicht weitermachen.', en: "Without the person's NISS I cannot go on.",
};

const LAST_DAY = inDays(40);
const SOONER = inDays(30);
const END_AT: Record<Lang, (iso: string) => string> = {
  fr: (d) => `mets fin à la fonction de Jan Peeters le ${ddmmyyyy(d)}`,
  nl: (d) => `beëindig de functie van Jan Peeters op ${ddmmyyyy(d)}`,
  de: (d) => `beende die Funktion von Jan Peeters am ${ddmmyyyy(d)}`,
  en: (d) => `Jan Peeters's function should stop on ${ddmmyyyy(d)}`,
};
const ALREADY: Record<Lang, string> = {
  fr: `se termine déjà le ${shown(LAST_DAY, 'fr')} : il n'y a rien à faire.`, nl: `eindigt al op ${shown(LAST_DAY, 'nl')}: er is niets te doen.`,
  de: `endet bereits am ${shown(LAST_DAY, 'de')}; es gibt nichts zu tun.`, en: `already ends on ${shown(LAST_DAY, 'en')}: nothing to do.`,
};
const EARLIER: Record<Lang, string> = {
  fr: `Elle devait se terminer le ${shown(LAST_DAY, 'fr')} : elle se terminera donc plus tôt.`, nl: `Ze zou eindigen op ${shown(LAST_DAY, 'nl')}: ze eindigt dus vroeger.`,
  de: `Sie sollte am ${shown(LAST_DAY, 'de')} enden; sie endet also früher.`, en: `It was to end on ${shown(LAST_DAY, 'en')}: it will end earlier.`,
};
/** A second Peeters, An, at Sainte-Anne (beside the demo's Jan Peeters): "which Peeters?" is asked where the NISS is. */
const AN_PEETERS = (sesame: Sesame) => {
  const { people, catalog } = sesame.store;
  const hospital = catalog.qualitiesOfEntity(catalog.entityByInami('710338-90')!.id).find((q) => q.kind === 'HOSPITAL')!;
  people.insertUser({ niss: '65031212330', username: 'anpeeters', lastName: 'Peeters', firstName: 'An', title: null, language: 'nl', email: 'an.peeters@example.org', localEmail: null }, hospital.id, 'active');
};
const PEETERS: Record<Lang, [string, string]> = {
  fr: ['donne eBirth à Peeters', "Aucun d'eux, donc : donnez-moi le NISS de la personne que vous voulez dire"], nl: ['geef eBirth aan Peeters', 'Geen van hen dus: geef me het INSZ van de persoon die u bedoelt'],
  de: ['gib eBirth an Peeters', 'Also keiner von ihnen: Geben Sie mir die ENSS der gemeinten Person'], en: ['give eBirth to Peeters', 'None of them, then: give me the NISS of the person you mean'],
};

const endAudit = (endDate: string): AuditRow => ({ action: 'endFunction', outcome: 'ok', niss: JAN, details: { endDate } });

const conversations: Conversation[] = (['fr', 'nl', 'de', 'en'] as const).flatMap((lang): Conversation[] => {
  const c = inLocale(LOCALE[lang]);
  return [
    ...DESIGNATIONS[lang].map(([text, summary, done, role]) => c({
      name: `${lang}: "${text}": a designation with the person kept, found in the directory, recorded as ${role}`,
      steps: [
        { ...step(text, 'people.confirm', summary), never: [...GRANT_WORDS, 'NISS', 'INSZ', 'ENSS'] },
        step(YES[lang], null, done),
      ],
      grants: [],
      audit: [designated(role)],
    })),
    c({
      name: `${lang}: "${WHO[lang]}": a question about who, asking for no request`,
      steps: [{ ...step(WHO[lang], null, WHO_SAID[lang]), never: [...GRANT_WORDS, 'NISS', 'INSZ', 'ENSS', 'Pour quelle', 'Voor welke', 'Für welche', 'Which entity'] }],
      grants: [],
      audit: [],
    }),
    c({
      name: `${lang}: "${NO[lang]}" where a grant's NISS is asked: a refusal with the way out, never a NISS typed wrong`,
      steps: [
        step(GRANT_NISS[lang], 'niss'),
        { ...step(NO[lang], 'niss', DECLINED[lang], CANCEL[lang]), never: NISS_WRONG },
        step(CANCEL[lang], null),
      ],
      grants: [],
      audit: [],
    }),
    c({
      name: `${lang}: "${NO[lang]}" to "which Peeters?": neither, the NISS of the one meant needed, never a NISS typed wrong`,
      setup: AN_PEETERS,
      steps: [
        step(PEETERS[lang][0], 'niss', '65.03.12-123.30', '90.04.12-123.77'),
        // Neither of them: their NISS is needed, said; the entity is asked first, as for anyone not found.
        { ...step(NO[lang], 'entity', PEETERS[lang][1]), never: NISS_WRONG },
        step(CANCEL[lang], null),
      ],
      grants: [],
      audit: [],
    }),
    c({
      name: `${lang}: "${NO[lang]}" where a revocation's NISS is asked: a refusal with the way out, never "not a NISS"`,
      steps: [
        step(REVOKE_NISS[lang], 'people.niss'),
        { ...step(NO[lang], 'people.niss', DECLINED[lang], CANCEL[lang]), never: NISS_WRONG },
        step(CANCEL[lang], null),
      ],
      grants: [],
      audit: [],
    }),
    c({
      name: `${lang}: a function ended again on the day it already ends: "nothing to do", and nothing recorded again`,
      before: [JAN_SPECIALIST_COLLABORATOR],
      steps: [
        step(END_AT[lang](LAST_DAY), 'people.confirm'),
        step(YES[lang], null),
        { ...step(END_AT[lang](LAST_DAY), null, ALREADY[lang]), never: ['?'] },
      ],
      grants: [{ niss: JAN, application: 'COLINDOS' }],
      functions: [{ ...JAN_HOLDS_SPECIALIST, endDate: dayAfter(LAST_DAY), status: 'pending' }],
      audit: [endAudit(dayAfter(LAST_DAY))],
    }),
    c({
      name: `${lang}: a function's end moved sooner: said on the confirmation, then recorded`,
      before: [JAN_SPECIALIST_COLLABORATOR],
      steps: [
        step(END_AT[lang](LAST_DAY), 'people.confirm'),
        step(YES[lang], null),
        step(END_AT[lang](SOONER), 'people.confirm', EARLIER[lang]),
        step(YES[lang], null),
      ],
      grants: [{ niss: JAN, application: 'COLINDOS' }],
      functions: [{ ...JAN_HOLDS_SPECIALIST, endDate: dayAfter(SOONER), status: 'pending' }],
      audit: [endAudit(dayAfter(LAST_DAY)), endAudit(dayAfter(SOONER))],
    }),
  ];
});

describeConversations('designating in everyday words, a no at a NISS question, and an end of function said once (trial 5, E and I)', ['fr', 'nl', 'de', 'en'], conversations, 7);
