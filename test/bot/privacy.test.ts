import { mayShowInGroup, showsNissLike, viewIsGroupSafe } from '../../src/bot/privacy';
import type { View } from '../../dialogs/grant/grant-access.view';

const view = (v: Partial<View>): View => ({ notices: [], prompt: null, done: null, locale: null, ...v });
const prompt = (slot: string) => ({ slot, message: { key: 'askEntity' }, choices: [], multiple: false }) as unknown as View['prompt'];

describe('what a group may see', () => {
  it('allows the entity and qualité steps, nothing from the NISS on', () => {
    expect(viewIsGroupSafe(view({ prompt: prompt('entity') }))).toBe(true);
    expect(viewIsGroupSafe(view({ prompt: prompt('quality'), notices: [{ key: 'onlyEntity', params: { entity: 'X', inami: '710087-50' } }] }))).toBe(true);
    for (const slot of ['niss', 'confirmPerson', 'username', 'email', 'applications', 'confirm', 'someFutureSlot']) {
      expect({ slot, safe: viewIsGroupSafe(view({ prompt: prompt(slot) })) }).toEqual({ slot, safe: false });
    }
    expect(viewIsGroupSafe(view({ prompt: prompt('entity'), notices: [{ key: 'personUnknown', params: { niss: '85073003328' } }] }))).toBe(false);
    expect(viewIsGroupSafe(view({ notices: [{ key: 'cancelled' }] }))).toBe(true);
    expect(viewIsGroupSafe(view({ done: { grants: [] } as unknown as View['done'] }))).toBe(false);
  });

  it('spots a NISS however it is written, in text, cards or buttons, and not an INAMI number or a date', () => {
    for (const niss of ['85073003328', '85.07.30-033.28', '850730 033 28', '85-07-30-033-28', '85/07/30-033.28']) {
      expect(showsNissLike({ text: `NISS ${niss}.` })).toBe(true);
    }
    expect(showsNissLike({ attachments: [{ content: { body: [{ type: 'TextBlock', text: '85073003328' }] } }] })).toBe(true);
    expect(showsNissLike({ suggestedActions: { actions: [{ title: '85.07.30-033.28' }] } })).toBe(true);
    expect(showsNissLike({ text: 'Hôpitaux IRIS Sud (INAMI 710087-50), le 01/03/2027 à 09:20' })).toBe(false);
    expect(showsNissLike({ text: 'x', channelData: { grantId: 85073003328 } })).toBe(false);
  });

  it('lets through only replies marked safe when rendered, and never one showing a NISS', () => {
    const safe = { text: 'Pour quelle entité ?', channelData: { sesame: { groupSafe: true } } };
    expect(mayShowInGroup(safe)).toBe(true);
    expect(mayShowInGroup({ ...safe, channelData: { sesame: { groupSafe: false } } })).toBe(false);
    expect(mayShowInGroup({ text: 'Pour quelle entité ?' })).toBe(false); // replayed from before the mark existed
    expect(mayShowInGroup({ ...safe, text: 'Exemple : 85.07.30-033.28' })).toBe(false);
  });
});
