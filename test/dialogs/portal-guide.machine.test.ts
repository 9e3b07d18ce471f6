import { createActor } from 'xstate';
import { move, portalGuideMachine } from '../../dialogs/helpdesk/portal-guide.machine';
import { guideMessage } from '../../src/i18n/helpdesk-reply';
import { messages } from '../../src/i18n/say';
import { guideSteps, PORTAL_STEPS } from '../../dialogs/helpdesk/portal-guide';
import { LOCALES } from '../../src/domain/locale';

describe('the portal guide data', () => {
  it('has every step in the four languages, none empty, {app} only in the application step', () => {
    for (const step of PORTAL_STEPS) {
      for (const l of LOCALES) {
        const text = (messages('guide', l)[step.id] as (p: { app: string }) => string)({ app: 'Colindos' });
        expect(text.length).toBeGreaterThan(20);
        expect(text.includes('Colindos')).toBe(step.id === 'application');
      }
    }
  });

  it('follows the seeds: 8 steps for HospiSup, 12 with the function steps for Colindos', () => {
    expect(guideSteps(false).map((s) => s.id)).toEqual(['open', 'accessButton', 'login', 'organisation', 'quality', 'user', 'application', 'confirm']);
    expect(guideSteps(true)).toHaveLength(12);
  });
});

describe('move', () => {
  it.each([
    [0, 'BACK', { index: 0, finished: false }],
    [0, 'NEXT', { index: 1, finished: false }],
    [3, 'BACK', { index: 2, finished: false }],
    [7, 'NEXT', { index: 7, finished: true }],
    [4, 'STOP', { index: 4, finished: true }],
  ] as const)('from %i, %s → %j', (index, event, expected) => {
    expect(move(index, 8, event)).toEqual(expected);
  });
});

describe('portalGuideMachine', () => {
  it('walks one step per message, back and forth, in the agent\'s language, and ends after the last', () => {
    const actor = createActor(portalGuideMachine, { input: { locale: 'nl', appName: 'Colindos', needsFunction: true } }).start();
    const say = () => guideMessage(actor.getSnapshot().context);
    expect(say()).toMatch(/^Stap 1 van 12: Open „Toegangsbeheer/);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.index).toBe(0);
    for (let i = 0; i < 6; i++) actor.send({ type: 'NEXT' });
    expect(say()).toBe('Stap 7 van 12: Vink onder „Beveiligde toepassingen” „Colindos” aan en sla op.');
    actor.send({ type: 'BACK' });
    expect(say()).toMatch(/^Stap 6 van 12/);
    for (let i = 0; i < 6; i++) actor.send({ type: 'NEXT' });
    expect(say()).toMatch(/^Stap 12 van 12: .*\n\nDit is de laatste stap/s);
    expect(actor.getSnapshot().status).toBe('active');
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('done');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('stops when asked, and its snapshot survives a restart', () => {
    const actor = createActor(portalGuideMachine, { input: { locale: 'fr', appName: 'HospiSup', needsFunction: false } }).start();
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'NEXT' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const again = createActor(portalGuideMachine, { snapshot: saved, input: { locale: 'fr', appName: 'HospiSup', needsFunction: false } }).start();
    expect(guideMessage(again.getSnapshot().context)).toMatch(/^Étape 3 sur 8 : Connectez-vous/);
    again.send({ type: 'STOP' });
    expect(again.getSnapshot().value).toBe('stopped');
  });
});
