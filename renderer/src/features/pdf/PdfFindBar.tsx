import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageAt, type PageTable } from '../../../../shared/anchor/crossPage';
import { DEFAULT_FIND_LIMIT, findAll } from '../../../../shared/anchor/findText';
import type { PdfPages } from './pdfPages';
import { usePdfView } from './pdfViewStore';
import { rectsForRange } from './textLayerRegistry';

interface PdfFindBarProps {
  readonly text: string;
  readonly table: PageTable;
  readonly pages: PdfPages;
}

/** Find in the whole document (the canonical text), with every match highlighted on its page. */
export function PdfFindBar({ text, table, pages }: PdfFindBarProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const caseId = useId();
  const input = useRef<HTMLInputElement>(null);
  const view = usePdfView((s) => s);
  const [query, setQuery] = useState(view.query);
  const [matchCase, setMatchCase] = useState(view.matchCase);
  const { setQuery: publish, goTo, matches, matchIndex, setMatchIndex, openFind } = view;

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    const timer = setTimeout(
      () => publish(query, matchCase, findAll(text, query, { matchCase })),
      150,
    );
    return () => clearTimeout(timer);
  }, [query, matchCase, text, publish]);

  // Show the current match: its page, and the match itself once its text is known.
  useEffect(() => {
    const match = matches[matchIndex];
    if (!match) return;
    const pageIndex = pageAt(table, match.start);
    const local = match.start - (table.pageStarts[pageIndex] ?? 0);
    let live = true;
    void pages
      .text(pageIndex)
      .then((info) => {
        if (live) goTo(pageIndex, rectsForRange(info, local, local + (match.end - match.start))[0]);
      })
      .catch(() => live && goTo(pageIndex));
    return () => {
      live = false;
    };
  }, [matches, matchIndex, table, pages, goTo]);

  const step = (delta: number): void => {
    if (matches.length > 0) setMatchIndex((matchIndex + delta + matches.length) % matches.length);
  };
  const status =
    matches.length === 0
      ? query.trim()
        ? t('pdf.find.none')
        : ''
      : t(matches.length >= DEFAULT_FIND_LIMIT ? 'pdf.find.capped' : 'pdf.find.count', {
          current: matchIndex + 1,
          total: matches.length,
        });

  return (
    <div className="pdfv-findbar" role="search" aria-label={t('pdf.find.label')}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('pdf.find.label')}
      </label>
      <input
        id={inputId}
        ref={input}
        type="search"
        data-testid="pdf-find-input"
        placeholder={t('pdf.find.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') step(e.shiftKey ? -1 : 1);
          if (e.key === 'Escape') openFind(false);
        }}
      />
      <button type="button" onClick={() => step(-1)} aria-label={t('pdf.find.previous')}>
        ↑
      </button>
      <button type="button" onClick={() => step(1)} aria-label={t('pdf.find.next')}>
        ↓
      </button>
      <input
        id={caseId}
        type="checkbox"
        checked={matchCase}
        onChange={(e) => setMatchCase(e.target.checked)}
      />
      <label htmlFor={caseId}>{t('pdf.find.matchCase')}</label>
      <span className="pdfv-muted" role="status" data-testid="pdf-find-status">
        {status}
      </span>
      <button type="button" onClick={() => openFind(false)}>
        {t('pdf.find.close')}
      </button>
    </div>
  );
}
