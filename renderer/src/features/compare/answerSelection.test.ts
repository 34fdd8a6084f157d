// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { selectionOffsets } from './answerSelection';

describe('selectionOffsets', () => {
  it('counts the text before the selection across mark spans', () => {
    const pre = document.createElement('pre');
    const marked = document.createElement('mark');
    marked.textContent = 'was $10m';
    pre.append('Revenue ', marked, ' in 1998.');
    document.body.append(pre);
    const mark = pre.querySelector('mark')!.firstChild!;
    const tail = pre.lastChild!;
    const range = document.createRange();
    range.setStart(mark, 4);
    range.setEnd(tail, 3);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectionOffsets(pre, selection)).toEqual({ start: 12, end: 19 });
    expect(pre.textContent?.slice(12, 19)).toBe('$10m in');
  });

  it('ignores empty selections and selections outside the answer', () => {
    const pre = document.createElement('pre');
    pre.textContent = 'abc';
    const other = document.createElement('p');
    other.textContent = 'elsewhere';
    document.body.append(pre, other);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    expect(selectionOffsets(pre, selection)).toBeUndefined();
    const range = document.createRange();
    range.selectNodeContents(other);
    selection.addRange(range);
    expect(selectionOffsets(pre, selection)).toBeUndefined();
  });
});
