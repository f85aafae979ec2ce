import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    [
      'The minister said on Monday that the two countries had signed an agreement on trade and that it would be ratified.',
      'en',
    ],
    [
      'Der Minister sagte am Montag, dass die beiden Länder ein Abkommen über den Handel unterzeichnet haben und es bald in Kraft tritt.',
      'de',
    ],
    [
      'Le ministre a déclaré lundi que les deux pays ont signé un accord sur le commerce et que il sera ratifié par le parlement.',
      'fr',
    ],
    [
      'El ministro dijo el lunes que los dos países firmaron un acuerdo para el comercio y que se ratificará pronto por el congreso.',
      'es',
    ],
    ['Министр заявил в понедельник, что две страны подписали соглашение о торговле.', 'ru'],
    ['部长周一表示，两国签署了贸易协定。', 'zh'],
    ['Too short.', null],
    ['12345 67890', null],
  ])('%s → %s', (text, expected) => expect(detectLanguage(text)).toBe(expected));
});
