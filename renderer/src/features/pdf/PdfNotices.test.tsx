import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeLocale, initI18n } from '../../i18n';
import { PdfNotices } from './PdfNotices';

describe('PDF notices', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('names the unreadable pages where the warning has them', () => {
    render(<PdfNotices warnings={['unreadablePages:3–5, 9']} movedCount={0} />);
    expect(screen.getByTestId('pdf-warning').textContent).toContain('3–5, 9');
  });

  it('says how many pages where only a count is known, never a count as a page', async () => {
    await changeLocale('fr');
    const { container } = render(
      <PdfNotices warnings={['unreadablePageCount:11', 'passwordProtected']} movedCount={0} />,
    );
    expect(container.textContent).toBe(
      'Ce PDF est endommagé. Il s’est ouvert, mais 11 pages n’ont pas pu être lues et n’ont pas de texte.',
    );
    await changeLocale('en');
  });

  it('shows nothing for a clean document', () => {
    const { container } = render(<PdfNotices warnings={['passwordProtected']} movedCount={0} />);
    expect(container.textContent).toBe('');
  });
});
