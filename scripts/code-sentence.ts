/**
 * `npx tsx scripts/code-sentence.ts <set|default> "<sentence>" [YYYY-MM-DD]`: codes one sentence
 * with the dictionaries an events-dev set uses (or the built-in ones) and prints its actors and
 * events with the dictionary line behind each, for working on the coder.
 */
import { Analyzer } from '../src/analyze/analyzer.js';
import { defaultResources } from '../src/analyze/resources.js';
import { dictionariesFor } from '../src/eval/events-dicts.js';
import { loadUserDictionaries, userResources } from '../src/events/dicts/user.js';

const [set, text, date = '2010-01-01'] = process.argv.slice(2);
if (!set || !text) {
  console.error('usage: tsx scripts/code-sentence.ts <set|default> "<sentence>" [YYYY-MM-DD]');
  process.exit(2);
}
const files = set === 'default' ? null : dictionariesFor(set, '../shared/data/events-dev');
const user = files ? loadUserDictionaries(files) : null;
const resources = user ? userResources(defaultResources(), user, date) : defaultResources();
const analysis = new Analyzer({ published: date, resources }).analyzeBody(text);
for (const e of analysis.entities)
  console.log('entity', e.type, e.actor, e.country, JSON.stringify(e.mentions.map((m) => m.text)));
for (const e of analysis.events) {
  const words = analysis.article.text.slice(e.trigger.start, e.trigger.end);
  const flags = `${e.modality}${e.negated ? ', negated' : ''}`;
  console.log('event', `${e.source.actor}>${e.target.actor}`, e.code, flags, e.rule, `"${words}"`);
}

if (process.env.TRACE) {
  const { Doc } = await import('../src/doc/doc.js');
  const { Pipeline } = await import('../src/doc/pipeline.js');
  const { defaultComponents } = await import('../src/analyze/components.js');
  const { sentencesOf } = await import('../src/nlp/entities/words.js');
  const { indexAgents, sentenceActors } = await import('../src/events/agents.js');
  const { dyad, indexPatterns, sentenceMatches } = await import('../src/events/coder.js');
  const doc = new Doc(text, { published: { value: date, source: 'given' } });
  new Pipeline(defaultComponents(resources), { disable: [] }).run(doc);
  const agents = indexAgents(
    resources.knowledge.roleNouns.map((r) => ({
      words: r.words.split(' '),
      role: r.role,
      prefix: false,
    })),
  );
  const context = {
    doc,
    codebook: resources.codebook,
    triggers: indexPatterns(resources.patterns),
    agents,
    discards: undefined,
    cameoConventions: true,
  };
  for (const words of sentencesOf(doc)) {
    const actors = sentenceActors(doc, words, agents);
    console.log(
      'actors',
      actors.map((a) => `${doc.text.slice(a.start, a.end)}=${a.actor}`).join('; '),
    );
    for (const m of sentenceMatches(context, words)) {
      const [s, t] = dyad(context, words, actors, m);
      console.log(
        'match',
        m.pattern.code,
        `${m.pattern.file}:${m.pattern.line}`,
        words.lower(m.from),
        '..',
        words.lower(m.last - 1),
        'src',
        s.map((a) => a.actor).join('+'),
        'tgt',
        t.map((a) => a.actor).join('+'),
      );
    }
  }
}
