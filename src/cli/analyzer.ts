import { Analyzer } from '../analyze/analyzer.js';
import { defaultResources } from '../analyze/resources.js';
import { loadUserDictionaries, userResources } from '../events/dicts/user.js';
import { type CommandLine, disabledComponents } from './args.js';

/**
 * The Analyzer a command asks for: `--published`, `--disable`, and the user's dictionaries
 * (`--verbs`, `--actors`, `--agents`, `--discards`, each repeatable, in newsgraph's or PETRARCH's
 * format; `--replace-dicts` to use them instead of the built-in ones). Conflicting dictionary
 * entries are reported on stderr, not silently merged.
 */
export function analyzerFrom(cli: CommandLine): Analyzer {
  const { verbs, actors, agents, discards } = cli.values;
  const options = {
    published: cli.values.published,
    disable: disabledComponents(cli.values.disable),
  };
  if (!verbs && !actors && !agents && !discards) return new Analyzer(options);
  const user = loadUserDictionaries({
    verbs,
    actors,
    agents,
    discards,
    replace: cli.values['replace-dicts'],
  });
  for (const warning of user.warnings) process.stderr.write(`newsgraph: warning: ${warning}\n`);
  const resources = userResources(defaultResources(), user, cli.values.published ?? null);
  return new Analyzer({ ...options, resources });
}
