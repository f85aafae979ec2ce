import { useEffect, useMemo, useState } from 'preact/hooks';
import { useApi } from '../api';
import { codeLabel } from '../cameo';
import { SafeLink, Status, View } from '../components';
import { articleSpans, type LayerKind, type LayerSpan, narrowest, segment } from '../layers';
import { navigate, paramsOf } from '../router';
import type { ArticleDetail } from '../types';
import { Details } from './article-details';

const LAYERS: { kind: LayerKind; label: string }[] = [
  { kind: 'entity', label: 'Entities (by type)' },
  { kind: 'quote', label: 'Quotes' },
  { kind: 'time', label: 'Times' },
  { kind: 'event', label: 'Event evidence' },
];

function focusSpan(hl: string | null): LayerSpan | null {
  const match = /^(\d+)-(\d+)$/u.exec(hl ?? '');
  if (!match) return null;
  return {
    start: Number(match[1]),
    end: Number(match[2]),
    kind: 'focus',
    key: 'focus',
    className: 'focus',
  };
}

/**
 * The article text with its layers. Runs of text are Preact text nodes inside spans: the article is
 * untrusted and is never parsed as HTML.
 */
function LayeredText(props: {
  article: ArticleDetail;
  shown: Set<LayerKind>;
  hl: string | null;
  onSelect: (key: string) => void;
}) {
  const segments = useMemo(() => {
    const spans = articleSpans(props.article, props.shown);
    const focus = focusSpan(props.hl);
    return segment(props.article.text, focus ? [...spans, focus] : spans);
  }, [props.article, props.shown, props.hl]);
  let firstFocus = true;
  return (
    <div class="article-text">
      {segments.map((s) => {
        if (s.spans.length === 0) return s.text;
        const focused = s.spans.some((x) => x.kind === 'focus');
        const id = focused && firstFocus ? 'focus' : undefined;
        if (focused) firstFocus = false;
        const target = narrowest(s.spans);
        const className = s.spans.map((x) => x.className).join(' ');
        const Tag = focused ? 'mark' : 'span';
        return (
          <Tag
            key={s.start}
            id={id}
            class={className}
            onClick={target ? () => props.onSelect(target.key) : undefined}
          >
            {s.text}
          </Tag>
        );
      })}
    </div>
  );
}

export function ArticleView(props: { params: URLSearchParams }) {
  const id = props.params.get('id') ?? '';
  const hl = props.params.get('hl');
  const selected = props.params.get('sel');
  const valid = /^\d{1,15}$/u.test(id);
  const state = useApi<ArticleDetail>(valid ? `/articles/${id}` : null);
  const [shown, setShown] = useState(
    () => new Set<LayerKind>(['entity', 'quote', 'time', 'event']),
  );
  const select = (key: string) =>
    navigate('article', { ...paramsOf(props.params), sel: key }, true);

  useEffect(() => {
    if (state.status === 'ok')
      document.getElementById('focus')?.scrollIntoView({ block: 'center' });
  }, [state.status, hl]);

  const title = state.status === 'ok' ? (state.data.title ?? `Article ${id}`) : 'Article';
  return (
    <View name="article" title={title}>
      {!valid ? (
        <p role="alert" class="error">
          No article chosen: open one from Search, or give its number as <code>#/article?id=1</code>
          .
        </p>
      ) : null}
      <Status state={state}>
        {(article) => (
          <>
            <p class="meta">
              {article.outlet ?? 'unknown outlet'} · published {article.published ?? 'date unknown'}
              {article.publishedSource ? ` (from ${article.publishedSource})` : ''}
              <SafeLink url={article.url} />
              {article.nearDuplicateOf ? (
                <> · near-duplicate of article {article.nearDuplicateOf}</>
              ) : null}
            </p>
            <fieldset class="layers">
              <legend>Highlight</legend>
              {LAYERS.map((layer) => (
                <label key={layer.kind} class={`legend-${layer.kind}`}>
                  <input
                    type="checkbox"
                    checked={shown.has(layer.kind)}
                    onChange={(event) => {
                      const next = new Set(shown);
                      if (event.currentTarget.checked) next.add(layer.kind);
                      else next.delete(layer.kind);
                      setShown(next);
                    }}
                  />
                  {layer.label}
                </label>
              ))}
            </fieldset>
            <div class="article-layout">
              <LayeredText article={article} shown={shown} hl={hl} onSelect={select} />
              <aside class="details" aria-live="polite" aria-label="What was coded and why">
                <Details article={article} selected={selected} />
              </aside>
            </div>
            <ItemLists article={article} onSelect={select} />
          </>
        )}
      </Status>
    </View>
  );
}

function ItemLists(props: { article: ArticleDetail; onSelect: (key: string) => void }) {
  const { article, onSelect } = props;
  const item = (key: string, label: string) => (
    <li key={key}>
      <button type="button" class="link" onClick={() => onSelect(key)}>
        {label}
      </button>
    </li>
  );
  return (
    <div class="item-lists">
      <section>
        <h2>Events ({article.events.length})</h2>
        <ul>
          {article.events.map((e, i) =>
            item(
              `event:${i}`,
              `${codeLabel(e.code)}: ${e.source.actor ?? '?'} → ${e.target.actor ?? '?'}`,
            ),
          )}
        </ul>
      </section>
      <section>
        <h2>Entities ({article.entities.length})</h2>
        <ul>
          {article.entities.map((e) =>
            item(`entity:${e.id}`, `${e.name} (${e.type}${e.actor ? `, ${e.actor}` : ''})`),
          )}
        </ul>
      </section>
      <section>
        <h2>Quotes ({article.quotes.length})</h2>
        <ul>
          {article.quotes.map((q, i) =>
            item(`quote:${i}`, q.text.length > 80 ? `${q.text.slice(0, 80)}…` : q.text),
          )}
        </ul>
      </section>
      <section>
        <h2>Times ({article.times.length})</h2>
        <ul>{article.times.map((t, i) => item(`time:${i}`, `${t.text} → ${t.value ?? '?'}`))}</ul>
      </section>
    </div>
  );
}
