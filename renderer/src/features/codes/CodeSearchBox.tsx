import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCode } from '../../../../shared/codes/codeList';
import type { CodeHit } from '../../../../shared/codes/codeSearch';
import { codeSearchFor } from './codeSearchClient';
import { recentCodes } from './codeSystems';

interface CodeSearchBoxProps {
  readonly system: string;
  readonly systemName: string;
  readonly suggested: readonly string[];
  /** Codes already linked, left out of the results. */
  readonly exclude: readonly string[];
  readonly onPick: (hit: CodeHit) => void;
}

const RESULTS = 20;

type Status = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; size: number };

/** A combobox over a whole code list: type a code or words, arrows to choose, Enter to link. */
export function CodeSearchBox({
  system,
  systemName,
  suggested,
  exclude,
  onPick,
}: CodeSearchBoxProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const listId = useId();
  const [loaded, setLoaded] = useState<{ system: string; status: Status }>();
  const status: Status = loaded?.system === system ? loaded.status : { kind: 'loading' };
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<readonly CodeHit[]>([]);
  const [elapsed, setElapsed] = useState<number>();
  const [active, setActive] = useState(0);
  const [recent, setRecent] = useState<readonly string[]>([]);
  const latest = useRef(0);

  useEffect(() => {
    let live = true;
    codeSearchFor(system).ready.then(
      (size) => live && setLoaded({ system, status: { kind: 'ready', size } }),
      () => live && setLoaded({ system, status: { kind: 'failed' } }),
    );
    void recentCodes(system).then((codes) => live && setRecent(codes));
    return () => {
      live = false;
    };
  }, [system]);

  // Lists compared by content: callers pass fresh arrays on every render.
  const suggestedKey = suggested.join('\n');
  const excludeKey = exclude.join('\n');
  const ready = status.kind === 'ready';
  useEffect(() => {
    if (!ready) return;
    const id = ++latest.current;
    const excluded = new Set(excludeKey.split('\n'));
    void codeSearchFor(system)
      .search(query, {
        recent,
        suggested: suggestedKey ? suggestedKey.split('\n') : [],
        limit: RESULTS + excluded.size,
      })
      .then((result) => {
        if (id !== latest.current) return;
        setHits(result.hits.filter((hit) => !excluded.has(hit.code)).slice(0, RESULTS));
        setElapsed(result.elapsedMs);
        setActive(0);
      });
  }, [ready, system, query, recent, suggestedKey, excludeKey]);

  const pick = (hit: CodeHit | undefined): void => {
    if (!hit) return;
    onPick(hit);
    setRecent((codes) => [hit.code, ...codes.filter((c) => c !== hit.code)]);
    setQuery('');
  };
  const optionId = (i: number): string => `${listId}-${i}`;

  return (
    <div className="code-search">
      <label htmlFor={inputId}>{t('codes.searchLabel', { system: systemName })}</label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
        placeholder={t('codes.placeholder')}
        value={query}
        disabled={status.kind !== 'ready'}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter') pick(hits[active]);
          else return;
          e.preventDefault();
        }}
      />
      <p className="help" role="status" data-testid="code-search-status">
        {status.kind === 'loading'
          ? t('codes.loading', { system: systemName })
          : status.kind === 'failed'
            ? t('codes.failed', { system: systemName })
            : query.trim() && hits.length === 0
              ? t('codes.none')
              : elapsed !== undefined && query.trim()
                ? t('codes.results', { count: hits.length, ms: elapsed.toFixed(1) })
                : t('codes.ready', { count: status.size })}
      </p>
      {hits.length > 0 ? (
        <ul id={listId} role="listbox" className="code-results" aria-label={t('codes.resultsList')}>
          {hits.map((hit, i) => (
            <li
              key={hit.code}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(hit)}
            >
              <span className="code-id">{formatCode(system, hit.code)}</span>
              <span className="code-display">{hit.display}</span>
              {hit.reason === 'recent' || hit.reason === 'suggested' ? (
                <span className="code-reason">{t(`codes.reason.${hit.reason}`)}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
