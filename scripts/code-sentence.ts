/**
 * `npx tsx scripts/code-sentence.ts <set|default> "<sentence>" [YYYY-MM-DD]`: codes one sentence
 * with the dictionaries an events-dev set uses (or the built-in ones) and prints its actors and
 * events with the dictionary line behind each, for working on the coder. With `TRACE=1` it also
 * prints, per sentence, the actor spans the coder sees and every pattern match with the source
 * and target it finds for it, whether or not an event comes of it. The date `none` codes the sentence
 * undated, as the eval does for records without one.
 */
import { Analyzer } from '../src/analyze/analyzer.js';
import { defaultComponents } from '../src/analyze/components.js';
import { defaultResources, type Resources } from '../src/analyze/resources.js';
import { Doc } from '../src/doc/doc.js';
import { Pipeline } from '../src/doc/pipeline.js';
import { dictionariesFor } from '../src/eval/events-dicts.js';
import { indexAgents, sentenceActors } from '../src/events/agents.js';
import { dyad, indexPatterns, sentenceMatches } from '../src/events/coder.js';
import { loadUserDictionaries, userResources } from '../src/events/dicts/user.js';
import { sentencesOf } from '../src/nlp/entities/words.js';

const [set, text, dateArg = '2010-01-01'] = process.argv.slice(2);
const date = dateArg === 'none' ? null : dateArg;
if (!set || !text) {
  console.error('usage: tsx scripts/code-sentence.ts <set|default> "<sentence>" [YYYY-MM-DD]');
  process.exit(2);
}
const files = set === 'default' ? null : dictionariesFor(set, '../shared/data/events-dev');
const user = files ? loadUserDictionaries(files) : null;
const resources = user ? userResources(defaultResources(), user, date) : defaultResources();
const analysis = new Analyzer({ ...(date ? { published: date } : {}), resources }).analyzeBody(
  text,
);
for (const e of analysis.entities)
  console.log('entity', e.type, e.actor, e.country, JSON.stringify(e.mentions.map((m) => m.text)));
for (const e of analysis.events) {
  const words = analysis.article.text.slice(e.trigger.start, e.trigger.end);
  const flags = `${e.modality}${e.negated ? ', negated' : ''}`;
  console.log('event', `${e.source.actor}>${e.target.actor}`, e.code, flags, e.rule, `"${words}"`);
}
if (process.env.TRACE) trace(text, date, resources);

/** The coder's view of each sentence (built-in agent nouns only). */
function trace(body: string, published: string | null, res: Resources): void {
  const doc = new Doc(body, published ? { published: { value: published, source: 'given' } } : {});
  new Pipeline(defaultComponents(res)).run(doc);
  const roleNouns = res.knowledge.roleNouns.map((r) => ({
    words: r.words.split(' '),
    role: r.role,
    prefix: false,
  }));
  const agents = indexAgents(roleNouns);
  const context = {
    doc,
    codebook: res.codebook,
    triggers: indexPatterns(res.patterns),
    agents,
    discards: undefined,
    cameoConventions: true,
  };
  for (const words of sentencesOf(doc)) {
    const actors = sentenceActors(doc, words, agents);
    const spans = actors.map((a) => `${doc.text.slice(a.start, a.end)}=${a.actor}`);
    console.log('actors', spans.join('; '));
    for (const m of sentenceMatches(context, words)) {
      const [sources, targets] = dyad(context, words, actors, m);
      const codes = (side: readonly { actor: string }[]) => side.map((a) => a.actor).join('+');
      const matched = `${words.lower(m.from)}..${words.lower(m.last - 1)}`;
      const rule = `${m.pattern.file}:${m.pattern.line}`;
      console.log('match', m.pattern.code, rule, matched, `${codes(sources)} > ${codes(targets)}`);
    }
  }
}
