import { boundActivity, inboundProblems, INBOUND_KEY, markProblems, TEXT_CUT_MARKER } from '../../src/http/inbound-limits';

describe('boundActivity: the per-field limits of a message', () => {
  it('counts characters, not UTF-16 units: 4,000 emoji pass, 4,001 are cut to a marked beginning', () => {
    expect(boundActivity({ text: '🦄'.repeat(4000) }).problems).toEqual([]);
    const { activity, problems } = boundActivity({ text: '🦄'.repeat(4001) });
    expect(problems).toEqual([{ kind: 'textTooLong', length: 4001, max: 4000 }]);
    expect((activity as { text: string }).text).toBe(`${'🦄'.repeat(200)}${TEXT_CUT_MARKER}`);
  });

  it('drops attachments over the limit, and every one where the channel takes none', () => {
    const eleven = Array.from({ length: 11 }, () => ({ contentType: 'text/csv' }));
    expect(boundActivity({ attachments: eleven })).toEqual({ activity: {}, problems: [{ kind: 'tooManyAttachments', count: 11, max: 10 }] });
    expect(boundActivity({ attachments: eleven.slice(0, 10) }).problems).toEqual([]);
    expect(boundActivity({ attachments: [{}] }, { attachments: 'none' })).toEqual({ activity: {}, problems: [{ kind: 'attachmentsNotAccepted', count: 1 }] });
  });

  it('keeps the mention of the recipient and the client info when there are too many entities', () => {
    const us = { type: 'mention', mentioned: { id: 'bot' } };
    const info = { type: 'clientInfo', locale: 'nl-BE' };
    const others = Array.from({ length: 30 }, (_, i) => ({ type: 'mention', mentioned: { id: `p${i}` } }));
    const { activity, problems } = boundActivity({ recipient: { id: 'bot' }, entities: [...others, us, info] });
    expect(problems).toEqual([{ kind: 'tooManyEntities', count: 32, max: 20 }]);
    expect((activity as { entities: unknown[] }).entities).toEqual([us, info]);
  });

  it('ignores what client software set beyond its limits, and never splits a surrogate pair', () => {
    const { activity, problems } = boundActivity({ locale: 'x'.repeat(33), textFormat: 'y'.repeat(40), from: { id: 'a', name: `${'n'.repeat(255)}🦄` } });
    expect(problems).toEqual([]);
    expect(activity).toEqual({ from: { id: 'a', name: 'n'.repeat(255) } });
  });

  it('removes a mark a client put where the server puts its own; only the server\'s is read', () => {
    const forged = { channelData: { clientActivityID: 'c1', [INBOUND_KEY]: { problems: [{ kind: 'empty' }] } } };
    const { activity } = boundActivity(forged);
    expect(activity).toEqual({ channelData: { clientActivityID: 'c1' } });
    expect(inboundProblems((activity as { channelData: unknown }).channelData)).toEqual([]);
    const marked = markProblems(activity as Record<string, unknown>, [{ kind: 'textTooLong', length: 5000, max: 4000 }]);
    expect(inboundProblems(marked.channelData)).toEqual([{ kind: 'textTooLong', length: 5000, max: 4000 }]);
    // A mark of the wrong shape says nothing.
    expect(inboundProblems({ [INBOUND_KEY]: { problems: [{ kind: 'textTooLong', length: 'many' }] } })).toEqual([]);
  });

  it('leaves what is not an object, and fields of the wrong type, to the schema', () => {
    expect(boundActivity('text')).toEqual({ activity: 'text', problems: [] });
    expect(boundActivity({ text: 42, attachments: 'x', entities: {} })).toEqual({ activity: { text: 42, attachments: 'x', entities: {} }, problems: [] });
  });
});
