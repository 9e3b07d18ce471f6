import { calendarWordsInNames } from '../../../dialogs/understanding/names-not-dates';

/** Which calendar words of a sentence are part of a person's name, and hidden from the date readers. */
const hidden = (text: string) => calendarWordsInNames(text).map((s) => text.slice(s.start, s.end));

describe('calendarWordsInNames', () => {
  it.each([
    ["end Jan Peeters's function on 10-01-2027", ['Jan']],
    ["end May's function", ["May's"]],
    ['donne Colindos à Mai Nguyen', ['Mai']],
    ['gib Juli Schmidt Colindos', ['Juli']],
    ['donne eBirth à Marie Mars', ['Mars']],
    ['give Colindos to April Jones from 3 March', ['April']],
    ['bis Ende Mai', []],
    ['ab Anfang März', []],
    ['Im Januar bitte', []],
    ['à partir du 1 Mai', []],
    ['Mai 2027', []],
    ['end jan peeters', []],
    ["end jan peeters's function on 10-01-2027", ['jan']],
    ["end may smith's function", ['may']],
    ["until the end of may's second week", []],
    ['Jan, Peeters', []],
  ] as const)('"%s"', (text, words) => expect(hidden(text)).toEqual(words));

  it('a word that names an application or an entity is no name beside a month', () => {
    expect(calendarWordsInNames('Colindos Mai', (w) => w === 'Colindos')).toEqual([]);
  });
});
