import { corpusFile } from '../testing/corpusFile';
import { expect, test } from './fixtures';
import { TextPanePage } from './pages/TextPanePage';

const NOTE = 'D2N068_note.txt';

test.describe('text pane: keyboard only', () => {
  test('labels five spans without the mouse: find, go to line, Shift+arrows, word and sentence expansion', async ({
    documents,
    page,
  }) => {
    await documents.importFile(corpusFile(`medical/aci_bench/notes/${NOTE}`));
    // Open the document from the keyboard too: focus its link and press Enter.
    await page.getByRole('button', { name: NOTE, exact: true }).focus();
    await page.keyboard.press('Enter');
    const pane = new TextPanePage(page);
    await expect(pane.editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 });
    // Opening a document puts the keyboard in its text.
    await expect(pane.editor.locator('.monaco-editor')).toHaveClass(/focused/);
    const { keyboard } = page;

    // 1. Find, then the Problem key.
    await pane.findAndSelect('congestive heart failure');
    await keyboard.press('6');

    // 2. Go to line 9, select two words with Ctrl+Shift+→, the Party key.
    await pane.goToLine(9);
    await keyboard.press('Control+Shift+ArrowRight');
    await keyboard.press('Control+Shift+ArrowRight');
    await keyboard.press('1');

    // 3. Find "80 mg", extend the selection by a word, the Dosage key.
    await pane.findAndSelect('80 mg');
    await keyboard.press('Control+Shift+ArrowRight');
    await keyboard.press('8');

    // 4. Put the cursor inside a word, expand the selection to it (Shift+Alt+→), Problem.
    await pane.findAndSelect('Endorses fatigue');
    await keyboard.press('ArrowRight');
    await keyboard.press('ArrowLeft');
    await keyboard.press('ArrowLeft');
    await keyboard.press('Shift+Alt+ArrowRight');
    await keyboard.press('6');

    // 5. Expand to the whole sentence (Shift+Alt+S), the Risk factor key.
    await pane.findAndSelect('record his daily weight');
    await keyboard.press('Shift+Alt+S');
    await keyboard.press('9');

    await expect(pane.sidebarItems).toHaveCount(5);
    const spans = await pane.storedSpans();
    expect(spans.map((s) => [s.exact, s.labels[0]])).toEqual([
      ['congestive heart failure', 'problem'],
      ['The patient', 'party'],
      ['fatigue', 'problem'],
      ['80 mg daily', 'dosage'],
      [
        'I advised the patient to monitor and record his daily weight and report those to me via the patient portal.',
        'risk',
      ],
    ]);

    // ] and [ walk the annotations; Delete removes one; Ctrl+Z brings it back.
    await keyboard.press('Control+Home');
    await keyboard.press(']');
    await expect(pane.activeCard).toContainText('congestive heart failure');
    await keyboard.press(']');
    await expect(pane.activeCard).toContainText('The patient');
    await keyboard.press('Delete');
    await expect(pane.sidebarItems).toHaveCount(4);
    await keyboard.press('Control+Z');
    await expect(pane.sidebarItems).toHaveCount(5);
    await keyboard.press('Control+Shift+Z');
    await expect(pane.sidebarItems).toHaveCount(4);
  });

  test('keeps UTF-16 offsets exact with CRLF line ends, emoji, combining marks and right-to-left text', async ({
    documents,
    page,
  }) => {
    const text =
      'Dx:\r\n😣 chest pain, cafe\u0301 au lait spots\r\nالتشخيص: ارتفاع ضغط الدم\r\n👩‍⚕️ plan: lisinopril 20 mg\r\n';
    await documents.importFile({
      name: 'unicode-note.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text, 'utf8'),
    });
    const pane = new TextPanePage(page);
    await pane.open('unicode-note.txt');
    for (const [word, key] of [
      ['lisinopril', '7'],
      ['ضغط', '6'],
      ['café', '6'],
      ['chest pain', '6'],
    ] as const) {
      await pane.findAndSelect(word);
      await page.keyboard.press(key);
    }
    await expect(pane.sidebarItems).toHaveCount(4);
    const spans = await pane.storedSpans();
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.exact);
    expect(spans.map((s) => s.exact)).toEqual(['chest pain', 'cafe\u0301', 'ضغط', 'lisinopril']);
    expect(spans.find((s) => s.exact === 'lisinopril')?.start).toBe(text.indexOf('lisinopril'));
  });
});
