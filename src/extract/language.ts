/**
 * A light language guess for pages that do not declare one: the share of words that are common
 * function words of each language (Latin script), or the script itself. English against the rest
 * is what matters (the analysis stages are English only); other codes are best effort.
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: 'the of and to in is that for it was on with as he his by at from are be this have not but they which had has were an said their its who been would will'.split(
    ' ',
  ),
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um'.split(
    ' ',
  ),
  fr: 'le la les de des et en un une du est que pour qui dans pas par sur au avec il plus ce sont elle ont été aux cette mais ne se'.split(
    ' ',
  ),
  es: 'el la de que y en los las del se un por con una para es al no lo como más pero sus le ha fue este entre desde también'.split(
    ' ',
  ),
  it: 'il di che la e un per non una del della in sono è al le dei con si gli da nel alla anche come più ha ma questo'.split(
    ' ',
  ),
  pt: 'de que o a e do da em um para com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou'.split(
    ' ',
  ),
  nl: 'de van het een en in is dat op te zijn met voor niet die aan er maar ook als bij door om heeft werd naar dan nog wordt'.split(
    ' ',
  ),
};

const SCRIPTS: readonly [RegExp, string][] = [
  [/[\u3040-\u30ff]/gu, 'ja'],
  [/[\uac00-\ud7af]/gu, 'ko'],
  [/[\u4e00-\u9fff]/gu, 'zh'],
  [/[\u0600-\u06ff]/gu, 'ar'],
  [/[\u0590-\u05ff]/gu, 'he'],
  [/[\u0900-\u097f]/gu, 'hi'],
  [/[\u0400-\u04ff]/gu, 'ru'],
  [/[\u0370-\u03ff]/gu, 'el'],
];

const SAMPLE_CHARS = 20_000;
const MIN_WORDS = 8;
/** Share of words that must be the best language's function words. */
const MIN_SHARE = 0.12;

const LOOKUP = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

/** ISO 639-1 code of the text's language, or null when it is too short or unclear. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  for (const [pattern, language] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count > letters * 0.3)
      return language === 'ru' && /[іїєґ]/iu.test(sample) ? 'uk' : language;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const hits = new Map<string, number>();
  for (const word of words) {
    for (const language of LOOKUP.get(word) ?? [])
      hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  const [best, second] = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < words.length * MIN_SHARE) return null;
  return second && second[1] > best[1] * 0.8 ? null : best[0];
}
