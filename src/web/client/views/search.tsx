import { apiUrl, useApi } from '../api';
import { codeLabel, quadName } from '../cameo';
import { Field, formValues, SafeLink, Status, View } from '../components';
import { href, navigate, paramsOf } from '../router';
import {
  type ArticleSearchPage,
  FACETS,
  type FacetName,
  type Paged,
  type QuoteHit,
} from '../types';
import { Hits, Marked, PAGE } from './search-parts';

const FACET_TITLES: Record<FacetName, string> = {
  outlet: 'Outlet',
  actor: 'Actor',
  country: 'Country',
  root: 'CAMEO root',
  quad: 'Quad class',
};

function facetLabel(facet: FacetName, value: string): string {
  if (facet === 'root') return codeLabel(value);
  if (facet === 'quad') return quadName(value);
  return value;
}

export function SearchView(props: { params: URLSearchParams }) {
  const all = paramsOf(props.params);
  const q = props.params.get('q') ?? '';
  const tab = props.params.get('tab') === 'quotes' ? 'quotes' : 'articles';
  const offset = Number(props.params.get('offset') ?? 0) || 0;
  const filters = FACETS.flatMap((f) => (all[f] ?? []).map((value) => ({ facet: f, value })));
  const query = { q, from: props.params.get('from'), to: props.params.get('to') };
  const articles = useApi<ArticleSearchPage>(
    apiUrl('/articles', {
      ...query,
      ...Object.fromEntries(FACETS.map((f) => [f, all[f]])),
      limit: PAGE,
      offset: tab === 'articles' ? offset : 0,
    }),
  );
  const quotes = useApi<Paged<QuoteHit>>(
    apiUrl('/quotes', { q, limit: PAGE, offset: tab === 'quotes' ? offset : 0 }),
  );
  const words = q.match(/[\p{L}\p{N}]+/gu)?.slice(0, 32) ?? [];
  const go = (change: Record<string, string | string[] | undefined>) =>
    navigate('search', { ...all, offset: undefined, ...change });
  const count = (state: typeof articles | typeof quotes) =>
    state.status === 'ok' ? ` (${state.data.total})` : '';

  return (
    <View name="search" title="Search articles and quotes">
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const v = formValues(event.currentTarget);
          go({ q: v.q, from: v.from, to: v.to });
        }}
      >
        <Field label="Words" name="q" value={q} placeholder="e.g. defence agreement" />
        <Field label="Published from" name="from" value={query.from ?? ''} type="date" />
        <Field label="to" name="to" value={query.to ?? ''} type="date" />
        <button type="submit">Search</button>
      </form>
      {filters.length > 0 ? (
        <ul class="chips" aria-label="Active filters">
          {filters.map(({ facet, value }) => (
            <li key={`${facet}=${value}`}>
              <button
                type="button"
                onClick={() => go({ [facet]: (all[facet] ?? []).filter((v) => v !== value) })}
              >
                {FACET_TITLES[facet]}: {facetLabel(facet, value)} <span aria-hidden="true">✕</span>
                <span class="visually-hidden"> (remove filter)</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <nav class="tabs" aria-label="Result lists">
        <a
          href={href('search', { ...all, tab: 'articles', offset: undefined })}
          aria-current={tab === 'articles' ? 'page' : undefined}
        >
          Articles{count(articles)}
        </a>
        <a
          href={href('search', { ...all, tab: 'quotes', offset: undefined })}
          aria-current={tab === 'quotes' ? 'page' : undefined}
        >
          Quotes{count(quotes)}
        </a>
      </nav>
      <div class="columns">
        <Status state={articles}>
          {(page) => (
            <aside class="facets" aria-label="Facets">
              {FACETS.map((facet) => (
                <section key={facet}>
                  <h2>{FACET_TITLES[facet]}</h2>
                  {page.facets[facet].length === 0 ? <p class="muted">none</p> : null}
                  <ul>
                    {page.facets[facet].map(({ value, count: n }) => (
                      <li key={value}>
                        <a
                          href={href('search', {
                            ...all,
                            offset: undefined,
                            tab: 'articles',
                            [facet]: [...(all[facet] ?? []), value],
                          })}
                        >
                          {facetLabel(facet, value)} <span class="count">{n}</span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </aside>
          )}
        </Status>
        <div class="results">
          {tab === 'articles' ? (
            <Status state={articles}>
              {(page) => (
                <Hits
                  page={page}
                  noun="article"
                  offset={offset}
                  empty={
                    <>
                      No articles match {q ? <>the words “{q.slice(0, 200)}”</> : 'these filters'}.
                    </>
                  }
                  onPage={(o) => go({ offset: String(o), tab })}
                >
                  {(hit) => (
                    <li key={hit.articleId}>
                      <a href={href('article', { id: hit.articleId })}>
                        {hit.title ?? `Article ${hit.articleId}`}
                      </a>
                      <div class="meta">
                        {hit.outlet ?? 'unknown outlet'} ·{' '}
                        {hit.published?.slice(0, 10) ?? 'undated'}
                        <SafeLink url={hit.url} />
                      </div>
                      <p class="snippet">
                        <Marked text={hit.snippet} words={words} />
                      </p>
                    </li>
                  )}
                </Hits>
              )}
            </Status>
          ) : (
            <Status state={quotes}>
              {(page) => (
                <Hits
                  page={page}
                  noun="quote"
                  offset={offset}
                  empty="No quotes match."
                  onPage={(o) => go({ offset: String(o), tab })}
                >
                  {(quote) => (
                    <li key={`${quote.articleId}-${quote.start}`}>
                      <blockquote>
                        <Marked text={quote.text} words={words} />
                      </blockquote>
                      <div class="meta">
                        {quote.speakerName ?? 'unknown speaker'}
                        {quote.speakerActor ? ` (${quote.speakerActor})` : ''} ·{' '}
                        <a
                          href={href('article', {
                            id: quote.articleId,
                            hl: `${quote.start}-${quote.end}`,
                          })}
                        >
                          {quote.title ?? `Article ${quote.articleId}`}
                        </a>
                      </div>
                    </li>
                  )}
                </Hits>
              )}
            </Status>
          )}
        </div>
      </div>
    </View>
  );
}
