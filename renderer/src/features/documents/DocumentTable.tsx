import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../../../shared/model/document';
import { formatBytes, formatDateTime } from '../../i18n/format';

interface DocumentTableProps {
  readonly documents: readonly DocumentRecord[];
  readonly onOpen: (document: DocumentRecord) => void;
  readonly onDelete: (document: DocumentRecord) => void;
}

export function DocumentTable({ documents, onOpen, onDelete }: DocumentTableProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <table className="table" data-testid="document-table">
      <thead>
        <tr>
          <th scope="col">{t('documents.columns.name')}</th>
          <th scope="col">{t('documents.columns.type')}</th>
          <th scope="col">{t('documents.columns.length')}</th>
          <th scope="col" className="num">
            {t('documents.columns.size')}
          </th>
          <th scope="col">{t('documents.columns.added')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('documents.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((doc) => (
          <tr key={doc.id} data-testid="document-row" data-name={doc.name}>
            <th scope="row" className="doc-name">
              <button type="button" className="link-button" onClick={() => onOpen(doc)}>
                {doc.name}
              </button>
            </th>
            <td>{t(`documents.kind.${doc.kind}`)}</td>
            <td data-testid="document-length">
              {doc.kind === 'pdf'
                ? t('documents.pages', {
                    count: doc.pageCount ?? 0,
                    formatParams: { count: { locale } },
                  })
                : t('documents.characters', { count: doc.charCount })}
            </td>
            <td className="num">{formatBytes(doc.size, locale)}</td>
            <td>{formatDateTime(doc.createdAt, locale)}</td>
            <td>
              <button
                type="button"
                className="danger-ghost"
                onClick={() => onDelete(doc)}
                aria-label={t('documents.deleteNamed', { name: doc.name })}
              >
                {t('documents.delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
