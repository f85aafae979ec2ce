import { describe, expect, it } from 'vitest';
import { classifyLine } from './lines.js';

describe('classifyLine', () => {
  it.each([
    ['Anzeige'],
    ['Foto: dpa'],
    ['Quelle: Landesregierung'],
    ['Du musst angemeldet sein, um einen Kommentar abzugeben.'],
    ['Síguenos en Telegram, Instagram, Facebook y Twitter'],
    ['AFP / MARCO BERTORELLO'],
    ['Augusta National/Getty Images'],
    ['Lee Elder sprach Tiger Woods Mut zu. | © Augusta National/Getty Images'],
    ['(Credit: Clayton Aldern / Grist)'],
    ['Externer Inhalt'],
  ])('takes %j for furniture', (line) => {
    expect(classifyLine(line)?.kind).toBe('boilerplate');
  });

  it.each([
    ['Anzeigen zufolge hat die Polizei den Mann am Montag festgenommen.'],
    ['Werbungskosten lassen sich in diesem Jahr anders absetzen.'],
    ['Die AFP berichtete am Montag, die Regierung habe den Plan gebilligt.'],
    ['Quellen im Ministerium bestätigten den Bericht am Abend.'],
  ])('keeps %j as story', (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});
