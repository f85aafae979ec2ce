import type { ComponentChildren, VNode } from 'preact';
import { Empty } from '../components';
import type { Paged } from '../types';

/** Results per page of the search view. */
export const PAGE = 20;

/** Query words shown marked inside a passage; both are text, split, never parsed as HTML. */
export function Marked(props: { text: string; words: string[] }) {
  if (props.words.length === 0) return <>{props.text}</>;
  const escaped = props.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const parts = props.text.split(new RegExp(`(${escaped.join('|')})`, 'giu'));
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>;
}

export function Pager(props: { total: number; offset: number; onPage: (offset: number) => void }) {
  if (props.total <= PAGE) return null;
  return (
    <div class="pager">
      <button
        type="button"
        disabled={props.offset === 0}
        onClick={() => props.onPage(Math.max(0, props.offset - PAGE))}
      >
        Previous
      </button>
      <span>
        {props.offset + 1}–{Math.min(props.total, props.offset + PAGE)} of {props.total}
      </span>
      <button
        type="button"
        disabled={props.offset + PAGE >= props.total}
        onClick={() => props.onPage(props.offset + PAGE)}
      >
        Next
      </button>
    </div>
  );
}

/** One page of hits: how many, the numbered list from `offset`, the pager; or what to say when none. */
export function Hits<T>(props: {
  page: Paged<T>;
  noun: string;
  offset: number;
  empty: ComponentChildren;
  onPage: (offset: number) => void;
  children: (row: T) => VNode;
}) {
  const { page, offset } = props;
  if (page.total === 0) return <Empty>{props.empty}</Empty>;
  return (
    <>
      <p class="total">
        {page.total} {props.noun}
        {page.total === 1 ? '' : 's'}
      </p>
      <ol class="hits" start={offset + 1}>
        {page.rows.map(props.children)}
      </ol>
      <Pager total={page.total} offset={offset} onPage={props.onPage} />
    </>
  );
}
