/**
 * Heuristic vocabularies of extraction, as data. Built through `terms()` / `cues()`, which refuse
 * empty or blank entries: an empty alternative would match everywhere.
 */

function terms(group: string, list: readonly string[]): ReadonlySet<string> {
  for (const item of list) {
    if (item.trim() === '' || item !== item.trim().toLowerCase()) {
      throw new Error(`vocabulary ${group}: bad entry ${JSON.stringify(item)}`);
    }
  }
  return new Set(list);
}

/**
 * A regular-expression alternation of the phrases, escaped, longest first, a space in one matching
 * any white space.
 */
export function alternation(list: Iterable<string>): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** A regular expression matching any of the phrases at the start of a line, case-insensitively. */
function cues(group: string, list: readonly string[]): RegExp {
  terms(group, list);
  // A cue is whole words: "Anzeige" is no cue in "Anzeigen zufolge".
  return new RegExp(`^(?:${alternation(list)})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Names of social networks and messengers that appear as share or follow links. */
// biome-ignore format: word lists read better packed
export const SOCIAL_NETWORKS = terms('social networks', [
  'facebook', 'twitter', 'x', 'youtube', 'instagram', 'linkedin', 'whatsapp', 'telegram',
  'pinterest', 'reddit', 'tumblr', 'tiktok', 'snapchat', 'flipboard', 'koo', 'threads', 'mastodon',
  'bluesky', 'vk', 'xing', 'email', 'e-mail', 'mail', 'print', 'rss', 'google', 'news', 'copy',
  'link', 'messenger', 'sharechat', 'wechat', 'line', 'viber', 'pocket',
]);

/** Words that, with social network names only, make a line a share or follow widget. */
// biome-ignore format: word lists read better packed
export const SOCIAL_ACTIONS = terms('social actions', [
  'share', 'shares', 'tweet', 'follow', 'us', 'on', 'via', 'like', 'subscribe', 'this', 'article',
  'story', 'page', 'comment', 'comments', 'send', 'to', 'a', 'friend', 'and', 'or', 'with', 'save',
]);

/** Leads of a line that points to another story: the rest of the line is its title. */
// biome-ignore format: word lists read better packed
export const RELATED_CUES = cues('related cues', [
  'also read', 'read also', 'read more', 'more from', 'related', 'related news', 'related story',
  'related stories', 'related articles', 'see also', 'must read', "don't miss", 'do not miss',
  'recommended', 'also watch', 'watch', 'more on this', 'read next', 'also see', 'next story',
  'top stories', 'you may also like', 'in other news', 'trending', 'you might also like',
  'more stories', 'related content', 'related posts', 'related coverage', 'more on this story',
  // the same labels on German, French, Spanish, Italian and Polish pages
  'mehr zum thema', 'lesen sie auch', 'lies auch', 'auch interessant', 'weiterlesen',
  'zum weiterlesen', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren',
  'das thema könnte dich auch interessieren', 'lire aussi', 'à lire aussi', 'voir aussi',
  'lea también', 'te puede interesar', 'notas relacionadas', 'temas relacionados',
  'leggi anche', 'zobacz także', 'czytaj także', 'czytaj też', 'mehr zu', 'schon gelesen',
  'lust auf mehr', 'passend dazu', 'passend zum thema', 'ähnliche artikel', 'ähnliche beiträge',
  'weitere artikel', 'weitere beiträge', 'weitere news', 'weitere nachrichten', 'neueste artikel',
  'neueste beiträge', 'aktuelle news', 'aktuelle artikel', 'aktuelle nachrichten', 'meistgelesen',
  'mehr themen', 'mehr artikel', 'mehr news', 'das könnte sie interessieren', 'lee también',
  'lee además', 'más noticias', 'te recomendamos', 'lo más leído', 'también te puede interesar',
  'sur le même sujet', 'articles similaires', 'à lire également', 'lire également',
  'dans la même rubrique', 'czytaj więcej', 'zobacz też', 'leia também', 'veja também',
  'potrebbe interessarti', 'next article', 'previous article', 'next post', 'previous post',
  'nächster artikel', 'vorheriger artikel', 'nächster beitrag', 'vorheriger beitrag',
  'article suivant', 'article précédent',
]);

/** Leads of a short line that is page furniture, not story. Only unambiguous leads: "Follow" alone
 * also starts story sentences. */
// biome-ignore format: word lists read better packed
export const BOILERPLATE_CUES = cues('boilerplate cues', [
  'advertisement', 'sponsored content', 'sponsored by', 'story continues below',
  'continue reading', 'subscribe to', 'subscribe now', 'subscribe for', 'sign up', 'sign in to',
  'log in to', 'click here', 'tap here', 'follow us', 'join us on', 'join our', 'download the app',
  'download our', 'get the app', 'copyright', '©', '(c)', 'all rights reserved', 'image:',
  'photo:', 'picture:', 'file photo', 'image source', 'image caption', 'photo credit', 'credit:',
  'tags:', 'topics:', 'filed under', 'updated:', 'published:', 'last updated', 'first published',
  'posted:', 'posted on', 'share this', 'share on', 'share via', 'listen to this', 'skip to',
  'back to top', 'we use cookies', 'leave a comment', 'print this', 'email this', 'reporting by',
  'editing by', 'written by', 'reading time', 'for more news', 'for the latest', 'stay updated',
  // paywall and newsletter boxes
  'to continue reading', 'to read the full', 'to view the full', 'already a subscriber',
  'already subscribed', 'subscribe to continue', 'become a member', 'get our newsletter',
  'never miss the latest', 'we rely on your support', 'support our journalism',
  'get the latest news', 'stay up-to-date', 'stay up to date', 'if you enjoyed',
  // the same furniture on German, French, Spanish and Polish pages
  'anzeige', 'werbung', '*werbung', 'artikel teilen', 'beitrag teilen', 'diesen artikel teilen',
  'jetzt teilen', 'teilen sie', 'möchten sie den artikel', 'war der artikel', 'war dieser artikel',
  'zum newsletter', 'newsletter abonnieren', 'jetzt abonnieren', 'kostenlos zum newsletter',
  'hinterlasse einen kommentar', 'hinterlasse jetzt einen kommentar', 'keine kommentare',
  'kommentar schreiben', 'du musst angemeldet sein', 'sie müssen angemeldet sein', 'foto:',
  'fotos:', 'bild:', 'bilder:', 'bildquelle', 'titelbild', 'beitragsbild', 'quelle:', 'quellen:',
  'quellenangaben', 'bild anzeigen', 'bild vergrößern', 'vergrößern', 'alle angaben ohne gewähr',
  'erstellt am', 'der beitrag wurde am', 'dieser eintrag wurde', 'dieser beitrag wurde',
  'zuletzt aktualisiert', 'lesezeit', 'noch keine bewertungen', 'bewerten:',
  'síguenos', 'siguenos', 'suscríbete', 'publicidad', 'compartir en', 'foto de', 'fotografía:',
  'publicité', 'partager sur', 'abonnez-vous', 'inscrivez-vous', 'crédit photo', 'photo :',
  'reklama', 'udostępnij', 'zdjęcie:', 'abbildung', 'abb.',
  // embeds waiting for consent, login prompts
  'externer inhalt', 'wir respektieren deine privatsphäre', 'wir respektieren ihre privatsphäre',
  'sie sind nicht eingeloggt', 'sie sind aktuell nicht eingeloggt', 'du bist nicht eingeloggt',
  'you are not logged in', 'you must be logged in', 'contenu externe',
]);

/** Photo agencies and libraries: a short line naming one is a picture credit ("AFP / Jane Doe"). */
// biome-ignore format: word lists read better packed
export const PHOTO_AGENCIES = terms('photo agencies', [
  'getty images', 'afp', 'dpa', 'reuters', 'ap photo', 'istock', 'istock.com', 'shutterstock',
  'imago', 'imago images', 'picture alliance', 'picture-alliance', 'epa', 'keystone', 'efe',
  'adobe stock', 'stock.adobe.com', 'unsplash', 'pixabay', 'fotolia', 'depositphotos', 'ddp',
  'apa', 'anp', 'ansa', 'pexels',
]);

/** Class and id tokens of containers that hold page furniture (matched per token, not substring). */
// biome-ignore format: word lists read better packed
export const BOILERPLATE_TOKENS = terms('boilerplate tokens', [
  'share', 'sharing', 'shares', 'sharebar', 'social', 'socials', 'related', 'recommended',
  'recommendations', 'comment', 'comments', 'disqus', 'cookie', 'cookies', 'consent', 'gdpr',
  'newsletter', 'subscribe', 'subscription', 'signup', 'advert', 'advertisement', 'ad', 'ads',
  'adslot', 'sponsor', 'sponsored', 'promo', 'promotion', 'teaser', 'sidebar', 'aside',
  'breadcrumb', 'breadcrumbs', 'footer', 'header', 'masthead', 'menu', 'nav', 'navbar',
  'navigation', 'byline', 'author', 'authors', 'caption', 'credit', 'credits', 'tags', 'tag',
  'keywords', 'widget', 'popup', 'modal', 'banner', 'toolbar', 'pagination', 'pager',
  'rating', 'meta', 'dateline', 'date', 'timestamp', 'published', 'skip', 'login',
  'paywall', 'trending', 'popular', 'most', 'outbrain', 'taboola', 'newsticker', 'ticker',
  'infobox', 'toc', 'copyright', 'imprint', 'legal', 'contact', 'follow', 'more', 'next', 'prev',
  // WordPress and other CMS furniture named in one word
  'ratings', 'postmetadata', 'postmeta', 'metadata', 'respond', 'sharedaddy', 'relatedposts',
  'recirculation', 'disclosure', 'werbung', 'anzeige', 'kommentare', 'abowerbung', 'factbox',
  'legend',
]);

/** Tokens that turn the token after them around: `non-paywall` is the story's free part. */
export const NEGATING_TOKENS = terms('negating tokens', ['non']);

/** Elements never part of a story's text. */
// biome-ignore format: word lists read better packed
export const DROPPED_TAGS = terms('dropped tags', [
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'iframe', 'svg', 'template',
  'button', 'select', 'option', 'input', 'textarea', 'label', 'canvas', 'video', 'audio', 'object',
  'embed', 'map', 'figcaption', 'dialog', 'menu', 'title', 'address', 'rt', 'rp',
]);

/** Title suffix separators: "Headline | Site", "Headline - Site". */
export const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · ', ' // '] as const;

/** Class and id tokens of containers that hold a story; they keep a container with enough text. */
// biome-ignore format: word lists read better packed
export const CONTENT_TOKENS = terms('content tokens', [
  'article', 'articlebody', 'content', 'story', 'body', 'entry', 'main', 'text', 'post', 'blog',
  'column', 'page', 'news', 'richtext', 'prose',
]);

/** Class and id tokens of a story's lead (standfirst, deck) set apart from its body. */
// biome-ignore format: word lists read better packed
export const LEAD_TOKENS = terms('lead tokens', [
  'lead', 'standfirst', 'summary', 'intro', 'deck', 'dek', 'strapline', 'subtitle', 'subhead',
  'subheadline', 'excerpt', 'sapo', 'chapo',
]);

/** Tokens that make a lead-like container something else: an image's box, a list of teasers. */
// biome-ignore format: word lists read better packed
export const NOT_LEAD_TOKENS = terms('not lead tokens', [
  'image', 'img', 'photo', 'media', 'video', 'figure', 'gallery', 'list', 'item', 'card', 'teaser',
]);

/** Containers whose links are other stories: their anchors become related links. */
// biome-ignore format: word lists read better packed
export const RELATED_TOKENS = terms('related tokens', [
  'related', 'recommended', 'recommendations', 'more', 'readmore', 'also', 'further', 'similar',
]);

/** ARIA roles of page furniture. */
// biome-ignore format: word lists read better packed
export const FURNITURE_ROLES = terms('furniture roles', [
  'navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog',
  'alert', 'alertdialog', 'toolbar', 'tablist',
]);

/** Inline elements that class tokens never remove: they sit inside sentences. */
// biome-ignore format: word lists read better packed
export const INLINE_TAGS = terms('inline tags', [
  'a', 'em', 'strong', 'b', 'i', 'u', 'abbr', 'sup', 'sub', 'mark', 'q', 'cite', 'code', 'small',
  'time', 'span', 'font', 'bdi', 'bdo', 's', 'var', 'kbd', 'dfn', 'data',
]);

/** Words of news-site names ("English News", "Daily Herald"), told apart from headlines before one. */
// biome-ignore format: word lists read better packed
export const SITE_NAME_WORDS = terms('site name words', [
  'news', 'times', 'post', 'daily', 'herald', 'tribune', 'journal', 'gazette', 'online', 'media',
  'tv', 'radio', 'express', 'today', 'magazine', 'live', 'chronicle', 'telegraph', 'observer',
  'standard', 'mirror', 'star', 'guardian', 'review', 'weekly', 'network', 'press', 'wire',
  'reporter', 'insider', 'digital', 'world', 'english', 'edition', 'home', 'latest',
]);

/** Month names and abbreviations, to recognise date lines ("Updated 20 Dec 2021, 10:31 IST"). */
// biome-ignore format: word lists read better packed
export const MONTH_NAMES = terms('month names', [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
]);

/** Words that stand beside a date in a date line: weekdays, time zones, "updated", "am"/"den". */
// biome-ignore format: word lists read better packed
export const DATE_WORDS = terms('date words', [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue',
  'wed', 'thu', 'fri', 'sat', 'sun', 'am', 'pm', 'utc', 'gmt', 'bst', 'cet', 'cest', 'est', 'edt',
  'pst', 'pdt', 'ist', 'et', 'pt', 'updated', 'published', 'posted', 'on', 'at', 'uhr', 'montag',
  'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'januar', 'februar',
  'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'aktualisiert', 'veröffentlicht', 'den',
  'le', 'el', 'de', 'du', 'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août',
  'septembre', 'octobre', 'novembre', 'décembre', 'stand', 'erstellt',
]);

/** Whether class tokens name furniture: a boilerplate token not turned around by the one before. */
export function namesFurniture(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) => BOILERPLATE_TOKENS.has(t) && !NEGATING_TOKENS.has(tokens[i - 1] ?? ''),
  );
}

/** Channels a closing call to the reader points to ("Follow us on Telegram", "our newsletter"). */
// biome-ignore format: word lists read better packed
export const PROMO_CHANNELS = terms('promo channels', [
  'newsletter', 'newsletters', 'telegram', 'whatsapp', 'youtube', 'twitter', 'instagram',
  'facebook', 'tiktok', 'inbox', 'posteingang', 'app', 'canal', 'kanal', 'channel', 'podcast',
]);

/** Verbs of that call, in the languages of the pages seen: follow, join, subscribe, write to us. */
// biome-ignore format: word lists read better packed
export const PROMO_CALLS = terms('promo calls', [
  'follow', 'join', 'subscribe', 'sign', 'download', 'send', 'contact', 'email', 'folge', 'folgt',
  'folgen', 'abonniere', 'abonnieren', 'abonniert', 'melde', 'lass', 'schau', 'síguenos',
  'siguenos', 'seguir', 'síganos', 'únete', 'unete', 'suscríbete', 'suscribete', 'suscribirse',
  'escribirnos', 'mira', 'suivez', 'abonnez', 'rejoignez', 'inscrivez',
]);

/** Whole-line labels of the boxes after a story: contacts, further information, sources. */
// biome-ignore format: word lists read better packed
export const SECTION_END_LABELS = terms('section end labels', [
  'kontakt', 'pressekontakt', 'ansprechpartner', 'ansprechpartnerin', 'weitere informationen',
  'zusatzinformationen', 'weiterführende informationen', 'weiterführende links', 'contact',
  'press contact', 'media contact', 'more information', 'further information',
  'for more information', 'contacto', 'más información', 'plus d’informations',
  "plus d'informations", 'en savoir plus', 'kontakt dla mediów',
]);

/** Phrases of the notes that close a post: disclaimers and affiliate notices (matched anywhere). */
// biome-ignore format: word lists read better packed
export const DISCLAIMER_PHRASES = terms('disclaimer phrases', [
  'not necessarily reflect', 'does not necessarily', 'is not responsible for the',
  'are not responsible for the', 'does not offer medical advice', 'affiliate advertising program',
  'affiliate links', 'affiliate-links', 'gibt die meinung des autors', 'nicht notwendigerweise',
  'ohne gewähr', 'handelt es sich um ein blog', "n'engagent que", 'n’engagent que',
  'no se hace responsable', 'no refleja necesariamente', 'nie odpowiada za',
]);
