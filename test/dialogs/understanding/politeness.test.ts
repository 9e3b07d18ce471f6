import { onlyThanks } from '../../../dialogs/understanding/politeness';

describe('onlyThanks: a message that only thanks opens nothing; one that asks something is read as asked', () => {
  it.each(['merci', 'merci beaucoup', 'Super, merci !', 'merci mille fois', 'bedankt!', 'dank u wel', 'heel erg bedankt', 'danke schön', 'vielen Dank!', 'Danke sehr',
    'thanks!', 'thank you very much', 'thanks a lot', 'ok thanks', 'cheers'])('%s', (text) => expect(onlyThanks(text)).toBe(true));
  it.each(['merci de donner eBirth à Jan Peeters', 'thanks, now give HospiSup to 85073003328', 'bedankt, en Colindos voor Els Janssens?', 'danke, und Hospiliss für Jan Peeters',
    'bonjour', 'ok', 'svp', 'please', 'oui merci', 'nee bedankt'])('%s', (text) => expect(onlyThanks(text)).toBe(false));
});
