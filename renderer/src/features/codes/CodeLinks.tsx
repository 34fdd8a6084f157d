import { useTranslation } from 'react-i18next';
import { formatCode } from '../../../../shared/codes/codeList';
import type { CodeRef } from '../../../../shared/model/annotation';
import { CodeSearchBox } from './CodeSearchBox';
import { rememberCode } from './codeSystems';

interface CodeLinksProps {
  readonly codes: readonly CodeRef[];
  readonly system: string;
  readonly systemName: string;
  readonly suggested: readonly string[];
  readonly onChange: (codes: readonly CodeRef[]) => void;
}

/** The codes linked to one span, and the search that links more. */
export function CodeLinks({ codes, system, systemName, suggested, onChange }: CodeLinksProps) {
  const { t } = useTranslation();
  return (
    <div className="code-links">
      {codes.length > 0 ? (
        <ul className="code-linked" aria-label={t('codes.linked')}>
          {codes.map((code) => (
            <li key={`${code.system}:${code.code}`} data-testid="linked-code">
              <span className="code-id">{formatCode(code.system, code.code)}</span>
              <span className="code-display">{code.display}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('codes.unlink', { code: formatCode(code.system, code.code) })}
                onClick={() => onChange(codes.filter((c) => c !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <CodeSearchBox
        system={system}
        systemName={systemName}
        suggested={suggested}
        exclude={codes.filter((c) => c.system === system).map((c) => c.code)}
        onPick={(hit) => {
          onChange([...codes, { system, code: hit.code, display: hit.display }]);
          void rememberCode(system, hit.code);
        }}
      />
    </div>
  );
}
