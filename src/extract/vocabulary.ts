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

/** A regular expression matching any of the phrases at the start of a line, case-insensitively. */
function cues(group: string, list: readonly string[]): RegExp {
  terms(group, list);
  const longestFirst = [...list].sort((a, b) => b.length - a.length);
  const escaped = longestFirst.map((p) =>
    p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'),
  );
  return new RegExp(`^(?:${escaped.join('|')})`, 'i');
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
  'leggi anche', 'zobacz także', 'czytaj także', 'czytaj też',
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
]);

/** Elements never part of a story's text. */
// biome-ignore format: word lists read better packed
export const DROPPED_TAGS = terms('dropped tags', [
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'iframe', 'svg', 'template',
  'button', 'select', 'option', 'input', 'textarea', 'label', 'canvas', 'video', 'audio', 'object',
  'embed', 'map', 'figcaption', 'dialog', 'menu', 'title', 'address',
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
