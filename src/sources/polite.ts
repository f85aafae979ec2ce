import robotsModule from 'robots-parser';
import { NewsgraphError } from '../doc/errors.js';
import { HostSlots, sleep } from './host-slots.js';
import type { RawDocument } from './raw-document.js';
import {
  assertPublic,
  type FetchOptions,
  fetchDocument,
  HttpStatusError,
  USER_AGENT,
} from './url.js';

export interface PoliteOptions extends FetchOptions {
  /** Minimum time between request starts to one host (raised by a robots.txt Crawl-delay). */
  minIntervalMs?: number;
  perHostConcurrency?: number;
  /** Retries after a 429, a 5xx or a network failure. */
  retries?: number;
  /** First backoff; doubled on each retry unless `Retry-After` asks for longer. */
  backoffMs?: number;
  /** A longer `Retry-After` (or Crawl-delay) than this is not waited for. */
  maxWaitMs?: number;
  obeyRobots?: boolean;
}

interface Robots {
  isDisallowed(url: string, agent?: string): boolean | undefined;
  getCrawlDelay(agent?: string): number | undefined;
}
// NOTE: robots-parser is CommonJS; its default import is the parser function itself.
const robotsParser = robotsModule as unknown as (url: string, text: string) => Robots;
const ROBOTS_AGENT = 'newsgraph';
const ALLOW_ALL = '';
const DISALLOW_ALL = 'User-agent: *\nDisallow: /';

/**
 * The one way newsgraph fetches URLs: robots.txt obeyed (fetched once per host; a 4xx means no
 * rules, an unreachable one means stay away, as RFC 9309 says), a clear User-Agent, per-host
 * concurrency and spacing, retries with exponential backoff on 429/5xx honouring `Retry-After`,
 * and everything `fetchDocument` checks (private addresses on every hop, size, redirects).
 */
export class PoliteFetcher {
  private readonly hosts = new Map<string, HostSlots>();
  private readonly robots = new Map<string, Promise<Robots>>();
  /** Why a host's robots.txt could not be read (then the host is not crawled). */
  private readonly robotsFailures = new Map<string, string>();

  constructor(private readonly options: PoliteOptions = {}) {}

  async fetch(href: string): Promise<RawDocument> {
    const url = new URL(href);
    await assertPublic(url, this.options);
    if (this.options.obeyRobots !== false) {
      const rules = await this.robotsFor(url);
      if (rules.isDisallowed(url.href, ROBOTS_AGENT)) {
        const failure = this.robotsFailures.get(url.host);
        throw new NewsgraphError('NG_E017', href, failure && `robots.txt unreadable: ${failure}`);
      }
    }
    return this.withRetries(href, () => this.slots(url).run(() => this.fetchOnce(href)));
  }

  private fetchOnce(href: string, extra: FetchOptions = {}): Promise<RawDocument> {
    return fetchDocument(href, {
      ...this.options,
      userAgent: this.options.userAgent ?? USER_AGENT,
      ...extra,
    });
  }

  private slots(url: URL): HostSlots {
    let slots = this.hosts.get(url.host);
    if (!slots) {
      slots = new HostSlots(
        this.options.perHostConcurrency ?? 2,
        this.options.minIntervalMs ?? 1000,
      );
      this.hosts.set(url.host, slots);
    }
    return slots;
  }

  private robotsFor(url: URL): Promise<Robots> {
    let rules = this.robots.get(url.host);
    if (!rules) {
      rules = this.loadRobots(url);
      this.robots.set(url.host, rules);
    }
    return rules;
  }

  private async loadRobots(url: URL): Promise<Robots> {
    const robotsUrl = `${url.protocol}//${url.host}/robots.txt`;
    let text: string;
    try {
      const page = await this.slots(url).run(() =>
        this.fetchOnce(robotsUrl, { maxBytes: 512 * 1024, maxRedirects: 5 }),
      );
      text = new TextDecoder().decode(page.bytes);
    } catch (error) {
      const status = error instanceof HttpStatusError ? error.status : 0;
      text = status >= 400 && status < 500 ? ALLOW_ALL : DISALLOW_ALL;
      if (text === DISALLOW_ALL) this.robotsFailures.set(url.host, (error as Error).message);
    }
    const rules = robotsParser(robotsUrl, text);
    const delay = rules.getCrawlDelay(ROBOTS_AGENT);
    if (delay !== undefined) {
      const slots = this.slots(url);
      const ms = Math.min(delay * 1000, this.options.maxWaitMs ?? 30_000);
      slots.intervalMs = Math.max(slots.intervalMs, ms);
    }
    return rules;
  }

  private async withRetries(href: string, attempt: () => Promise<RawDocument>) {
    const retries = this.options.retries ?? 3;
    const maxWait = this.options.maxWaitMs ?? 30_000;
    let backoff = this.options.backoffMs ?? 1000;
    for (let tried = 0; ; tried++) {
      try {
        return await attempt();
      } catch (error) {
        const wait = retryWait(error, backoff);
        if (wait === null || tried >= retries) throw error;
        if (wait > maxWait) {
          throw new NewsgraphError('NG_E005', href, `server asks to retry after ${wait} ms`);
        }
        await sleep(wait);
        backoff *= 2;
      }
    }
  }
}

/** How long to wait before retrying after this error, or null when a retry would not help. */
function retryWait(error: unknown, backoff: number): number | null {
  if (error instanceof HttpStatusError) {
    if (error.status !== 429 && error.status < 500) return null;
    return Math.max(error.retryAfterMs ?? 0, backoff);
  }
  if (error instanceof NewsgraphError) return null;
  // fetch's own failures (connection reset, timeout) are worth another try.
  return backoff;
}
