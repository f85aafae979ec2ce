/**
 * The part of jsdom's API the Readability peer uses. jsdom ships no types and `@types/jsdom` is not
 * installed; the project's lib has no DOM, so the document is opaque here.
 */
declare module 'jsdom' {
  export class VirtualConsole {}

  export class JSDOM {
    constructor(html: string, options?: { url?: string; virtualConsole?: VirtualConsole });
    readonly window: { readonly document: unknown; close(): void };
  }
}
