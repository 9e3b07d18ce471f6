import { escapeMarkdown, escapeParams } from '../../src/i18n/markdown';
import { markupIn, visibleText } from '../support/webchat-markdown';

/** A value inside a sentence, at the start of a line and in a bullet, as the catalogs place them. */
const placements = (v: string) => [`Bonjour ${v}, voici.`, `${v} (NISS 85.07.30-033.28) :`, `- ${v}\n- autre`, `1. ${v}`];

describe('escapeMarkdown: a value reads as text in Web Chat', () => {
  it.each([
    ['link', '[Reset your password](https://evil.example/reset)'],
    ['bold', '**URGENT**'],
    ['italic', '_URGENT_'],
    ['heading', '# Heading'],
    ['heading, two marks', '## Heading'],
    ['image', '![x](https://evil.example/p.png)'],
    ['HTML', '<b>bold</b><script>x</script>'],
    ['entity', '&lt;b&gt;'],
    ['code', '`code`'],
    ['fence', '```js'],
    ['strike', '~~old~~'],
    ['table', '| a | b |'],
    ['quote', '> quoted'],
    ['bullet', '- item'],
    ['numbered', '1. item'],
    ['numbered with )', '2) item'],
    ['rule', '---'],
    ['setext', '==='],
    ['autolink', '<https://evil.example>'],
    ['bare URL', 'https://evil.example/x'],
    ['fuzzy domain', 'see evil.com now'],
    ['www', 'www.evil.be'],
    ['e-mail', 'marie.dupont@evil.be'],
    ['new lines', 'Dupont\n\n# Heading\n| a |\n|---|'],
  ])('%s: %j', (_kind, value) => {
    for (const text of placements(escapeMarkdown(value))) expect(markupIn(text)).toEqual([]);
    expect(visibleText(`Nom : ${escapeMarkdown(value)}`)).toContain(value.replace(/\s+/g, ' ').trim());
    expect(visibleText(`${escapeMarkdown(value)}`)).not.toMatch(/<a|href/);
  });

  it('leaves ordinary names, NISS numbers, dates and keys as they are', () => {
    for (const v of ['Zoë', "O'Brien", 'Van den Berghe', 'Jean-Pierre', '山田', 'd’Ursel', 'Dr.', 'Apr.', '85.07.30-033.28', '710087-50', '2027-03-01', 'CO_RAE', 'tooLong', 'Hôpitaux IRIS Sud (INAMI 710087-50)']) {
      expect(escapeMarkdown(v)).toBe(v);
    }
  });

  it('escapes strings at any depth of the parameters, and nothing else', () => {
    const params = { person: '**X**', n: 3, ok: true, none: null, apps: [{ fr: '[a](b)', nl: 'b' }], at: 1700000000000 };
    expect(escapeParams(params)).toEqual({ person: '\\*\\*X\\*\\*', n: 3, ok: true, none: null, apps: [{ fr: '\\[a\\](b)', nl: 'b' }], at: 1700000000000 });
  });
});
