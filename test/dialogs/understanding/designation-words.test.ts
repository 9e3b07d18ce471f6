import { readCommands, type Command } from '../../../dialogs/understanding/commands';
import type { Locale } from '../../../src/domain/locale';
import { messages } from '../../../src/i18n/say';
import { NOW, vocabulary } from './fixture';

/**
 * Trial 7, D12/Y4: the role the manager types is read as the right role, in four languages, and the
 * reply names it by the portal's name with their own words beside it ("Co-VTE (co-beheerder)").
 */
const designation = (text: string, locale: Locale) => {
  const start = readCommands(text, { vocabulary, now: NOW, expecting: null, locale }).find((c): c is Extract<Command, { type: 'startRequest' }> => c.type === 'startRequest');
  return start?.intent?.kind === 'designate' ? start.intent : undefined;
};

const ROLES: [Locale, string, 'GA' | 'CO_RAE', string][] = [
  ['fr', "fais de Sarah Moens une co-gestionnaire d'accès de Sainte-Anne", 'CO_RAE', "co-gestionnaire d'accès"],
  ['fr', 'désigne Sarah Moens comme co-RAE de Sainte-Anne', 'CO_RAE', 'co-RAE'],
  ['fr', "Sarah Moens doit devenir gestionnaire d'accès à Sainte-Anne", 'GA', "gestionnaire d'accès"],
  ['fr', 'nomme Kevin Maes RAE adjoint de Sainte-Anne', 'CO_RAE', 'RAE adjoint'],
  ['nl', 'maak bram claessens co-beheerder in sainte-anne', 'CO_RAE', 'co-beheerder'],
  ['nl', 'stel Sarah Moens aan als co-toegangsbeheerder van Sainte-Anne', 'CO_RAE', 'co-toegangsbeheerder'],
  ['nl', 'maak Els Janssens toegangsbeheerder in Sainte-Anne', 'GA', 'toegangsbeheerder'],
  ['nl', 'duid Sarah Moens aan als Co-VTE van Sainte-Anne', 'CO_RAE', 'Co-VTE'],
  ['de', 'sarah wouters soll co-verwalterin für iris sud werden', 'CO_RAE', 'co-verwalterin'],
  ['de', 'ernennen Sie Sarah Moens zur Co-Zugangsverwalterin von Sainte-Anne', 'CO_RAE', 'Co-Zugangsverwalterin'],
  ['de', 'Machen Sie Sarah Moens zur Zugangsverwalterin von Sainte-Anne', 'GA', 'Zugangsverwalterin'],
  ['de', 'Sarah Moens wird Stellvertreterin in Sainte-Anne', 'CO_RAE', 'Stellvertreterin'],
  ['en', 'make Sarah Moens co-manager of Sainte-Anne', 'CO_RAE', 'co-manager'],
  ['en', 'appoint Sarah Moens as co-access manager at Sainte-Anne', 'CO_RAE', 'co-access manager'],
  ['en', 'designate Bram Claessens as access manager for Sainte-Anne', 'GA', 'access manager'],
  ['en', 'make Sarah Moens a Co-RAE at Sainte-Anne', 'CO_RAE', 'Co-RAE'],
];
test.each(ROLES)('%s: "%s" is read as %s, with the words typed', (locale, text, role, said) => {
  expect(designation(text, locale)).toMatchObject({ role, said });
});

// What the manager reads: the portal's name, and their own words beside it when they differ.
const REPLIES: [Locale, 'GA' | 'CO_RAE', string, string, string][] = [
  ['nl', 'CO_RAE', 'co-beheerder',
    'Bram Claessens (gebruikersnaam bclaessens) wordt Co-VTE (co-beheerder) van Clinique Sainte-Anne Saint-Remi. Bevestigt u?',
    'Uw rol laat niet toe een Co-VTE (co-beheerder) aan te stellen: dat doet de VTE. Er is niets gewijzigd.'],
  ['de', 'CO_RAE', 'co-verwalterin',
    'Bram Claessens (Benutzername bclaessens) wird Co-VZE (co-verwalterin) von Clinique Sainte-Anne Saint-Remi. Bestätigen Sie?',
    'Ihre Rolle erlaubt es nicht, jemanden zum Co-VZE (co-verwalterin) zu ernennen: Das macht der VZE. Es wurde nichts geändert.'],
  ['fr', 'CO_RAE', 'co-gestionnaire',
    "Bram Claessens (nom d'utilisateur : bclaessens) sera Co-RAE (co-gestionnaire) de la Clinique Sainte-Anne Saint-Remi. Puis-je confirmer ?",
    'Votre rôle ne vous permet pas de désigner un Co-RAE (co-gestionnaire) : c\'est le rôle du RAE. Rien n\'a été modifié.'],
  ['fr', 'GA', "gestionnaire d'accès",
    "Bram Claessens (nom d'utilisateur : bclaessens) sera gestionnaire d'accès de la Clinique Sainte-Anne Saint-Remi. Puis-je confirmer ?",
    "Votre rôle ne vous permet pas de désigner un gestionnaire d'accès : c'est le rôle du RAE. Rien n'a été modifié."],
  ['en', 'CO_RAE', 'co-manager',
    'Bram Claessens (username bclaessens) will be Co-RAE (co-manager) of Clinique Sainte-Anne Saint-Remi. Shall I confirm?',
    "Your role does not allow you to designate a Co-RAE (co-manager): that is the RAE's role. Nothing was changed."],
  ['en', 'GA', 'manager',
    'Bram Claessens (username bclaessens) will be access manager of Clinique Sainte-Anne Saint-Remi. Shall I confirm?',
    "Your role does not allow you to designate an access manager: that is the RAE's role. Nothing was changed."],
];
test.each(REPLIES)('%s: %s typed "%s" is said in both words', (locale, role, said, confirm, refused) => {
  const m = messages('manage', locale);
  expect(m.confirmDesignate({ name: 'Bram Claessens', username: 'bclaessens', role, entity: 'Clinique Sainte-Anne Saint-Remi', remove: false, said })).toBe(confirm);
  expect(m.refused({ action: 'designateManager', designation: { role, remove: false, said } })).toBe(refused);
});

test('a role said in the feminine is the portal\'s word: not said again beside it', () => {
  const m = messages('manage', 'de');
  expect(m.confirmDesignate({ name: 'Sarah Moens', username: 'smoens', role: 'GA', entity: 'Clinique Sainte-Anne Saint-Remi', remove: false, said: 'Zugangsverwalterin' }))
    .toBe('Sarah Moens (Benutzername smoens) wird Zugangsverwalter von Clinique Sainte-Anne Saint-Remi. Bestätigen Sie?');
  expect(messages('manage', 'nl').confirmDesignate({ name: 'Sarah Moens', username: 'smoens', role: 'GA', entity: 'Clinique Sainte-Anne Saint-Remi', remove: false, said: 'beheerder' }))
    .toBe('Sarah Moens (gebruikersnaam smoens) wordt toegangsbeheerder van Clinique Sainte-Anne Saint-Remi. Bevestigt u?');
  expect(messages('manage', 'de').designated({ name: 'Sarah Moens', role: 'GA', entity: 'Sainte-Anne', remove: false, changed: true, said: 'Verwalterin' }))
    .toBe('Erledigt: Sarah Moens ist Zugangsverwalter von Sainte-Anne und kann mir ab jetzt schreiben.');
});
