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
