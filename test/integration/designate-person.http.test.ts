import { describeConversations, inLocale, step, type AuditRow, type Conversation, type Lang } from '../support/conversations';

/**
 * Trial 7: designating a manager took any word as a Sésame id ("smoens", "ejanssens", "bclaessens" were written as
 * channel ids, Sarah Moens's username being sarahmoens). Over HTTP against the store: words that match no user of the
 * entity are said so, with what to give instead, and nothing is written; a near one is offered and taken only with a
 * yes; the summary says who exactly (name and username); the role goes to that person's username, audited.
 */
const LOCALE: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
const YES: Record<Lang, string> = { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' };
const NO: Record<Lang, string> = { fr: 'non', nl: 'nee', de: 'nein', en: 'no' };
const CANCEL: Record<Lang, string> = { fr: 'annuler', nl: 'annuleren', de: 'abbrechen', en: 'cancel' };
const ANNE = 'Clinique Sainte-Anne Saint-Remi';

const START: Record<Lang, string> = {
  fr: "je voudrais nommer un gestionnaire d'accès pour Sainte-Anne", nl: 'ik wil een toegangsbeheerder aanduiden voor Sainte-Anne',
  de: 'ich möchte einen Zugangsverwalter für Sainte-Anne ernennen', en: 'I need to appoint an access manager for Sainte-Anne',
};
const WHO: Record<Lang, string> = {
  fr: `Qui doit devenir gestionnaire d'accès de la ${ANNE} ?`, nl: `Wie wordt toegangsbeheerder van ${ANNE}?`,
  de: `Wer wird Zugangsverwalter von ${ANNE}?`, en: `Who becomes access manager of ${ANNE}?`,
};
const NOBODY: Record<Lang, (said: string) => string> = {
  fr: (s) => `« ${s} » ne correspond à aucun utilisateur de la ${ANNE}`, nl: (s) => `„${s}” komt met geen enkele gebruiker van ${ANNE} overeen`,
  de: (s) => `„${s}“ entspricht keinem Benutzer von ${ANNE}`, en: (s) => `"${s}" matches no user of ${ANNE}`,
};
const NEAR: Record<Lang, string> = { fr: 'Voulez-vous dire Els Janssens (ejanssens) ?', nl: 'Bedoelt u Els Janssens (ejanssens)?', de: 'Meinen Sie Els Janssens (ejanssens)?', en: 'Do you mean Els Janssens (ejanssens)?' };
const SUMMARY: Record<Lang, string> = {
  fr: `Els Janssens (nom d'utilisateur : ejanssens) sera gestionnaire d'accès de la ${ANNE}. Puis-je confirmer ?`,
  nl: `Els Janssens (gebruikersnaam ejanssens) wordt toegangsbeheerder van ${ANNE}. Bevestigt u?`,
  de: `Els Janssens (Benutzername ejanssens) wird Zugangsverwalter von ${ANNE}. Bestätigen Sie?`,
  en: `Els Janssens (username ejanssens) will be access manager of ${ANNE}. Shall I confirm?`,
};
const DONE: Record<Lang, string> = { fr: "C'est fait : Els Janssens est gestionnaire d'accès", nl: 'Klaar: Els Janssens is toegangsbeheerder', de: 'Erledigt: Els Janssens ist Zugangsverwalter', en: 'Done: Els Janssens is access manager' };
const DECLINED: Record<Lang, string> = { fr: "D'accord, personne de cette liste.", nl: 'Goed, niemand van deze lijst.', de: 'Gut, niemand aus dieser Liste.', en: 'All right, nobody from this list.' };
/** The id typed in the trial, and one letter off Els's username. */
const UNKNOWN = 'smoens';
const NEAR_ID = 'ejansens';
const designated: AuditRow = { action: 'designateManager', outcome: 'ok', niss: null, application: null, details: { role: 'GA', target: 'ejanssens' } };

const conversations: Conversation[] = (['fr', 'nl', 'de', 'en'] as const).flatMap((lang): Conversation[] => {
  const c = inLocale(LOCALE[lang]);
  return [
    c({
      name: `${lang}: an id that matches nobody is said and asked again; one letter off is offered, taken with a yes; the role goes to her username`,
      steps: [
        step(START[lang], 'people.identifier', WHO[lang]),
        { ...step(UNKNOWN, 'people.identifier', NOBODY[lang](UNKNOWN), WHO[lang]), never: [SUMMARY[lang]] },
        { ...step(NEAR_ID, 'people.identifier', NEAR[lang]), never: [SUMMARY[lang]] },
        step(YES[lang], 'people.confirm', SUMMARY[lang]),
        step(YES[lang], null, DONE[lang]),
      ],
      grants: [],
      audit: [designated],
    }),
    c({
      name: `${lang}: a near one declined is never taken; nobody found then cancelled: nothing written`,
      steps: [
        step(START[lang], 'people.identifier', WHO[lang]),
        step(NEAR_ID, 'people.identifier', NEAR[lang]),
        { ...step(NO[lang], 'people.identifier', DECLINED[lang], WHO[lang]), never: [SUMMARY[lang]] },
        step('bclaessens', 'people.identifier', NOBODY[lang]('bclaessens')),
        step(CANCEL[lang], null),
      ],
      grants: [],
      audit: [],
    }),
    c({
      name: `${lang}: her e-mail names her at once: the summary shows her name and username`,
      steps: [
        step(START[lang], 'people.identifier', WHO[lang]),
        step('els.janssens@example.be', 'people.confirm', SUMMARY[lang]),
        step(YES[lang], null, DONE[lang]),
      ],
      grants: [],
      audit: [designated],
    }),
  ];
});

describeConversations('designating a real person, never an id on trust (trial 7)', ['fr', 'nl', 'de', 'en'], conversations, 3);
