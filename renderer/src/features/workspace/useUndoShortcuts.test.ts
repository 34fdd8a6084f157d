import { describe, expect, it } from 'vitest';
import { typingInField } from './useUndoShortcuts';

/** `tag` inside `parents` (outermost first), attached to the document. */
function inside(tag: string, parents: ((div: HTMLDivElement) => void)[] = []): HTMLElement {
  let host: HTMLElement = document.body;
  for (const dress of parents) {
    const div = document.createElement('div');
    dress(div);
    host.append(div);
    host = div;
  }
  const element = document.createElement(tag);
  host.append(element);
  return element;
}

const rewriteEditor = (div: HTMLDivElement) => div.setAttribute('data-typing-field', '');
const monaco = (div: HTMLDivElement) => div.classList.add('monaco-editor');

describe('typingInField', () => {
  it('leaves undo to fields the expert types in', () => {
    expect(typingInField(inside('input'))).toBe(true);
    expect(typingInField(inside('textarea'))).toBe(true);
    expect(typingInField(inside('select'))).toBe(true);
    // Monaco's EditContext element (a plain div) inside the rewrite editor.
    expect(typingInField(inside('div', [rewriteEditor, monaco]))).toBe(true);
  });

  it('takes undo for annotation edits everywhere else, read-only fields included', () => {
    const readOnly = inside('textarea') as HTMLTextAreaElement;
    readOnly.readOnly = true;
    expect(typingInField(readOnly)).toBe(false);
    // The text pane's read-only Monaco editor.
    expect(typingInField(inside('div', [monaco]))).toBe(false);
    expect(typingInField(inside('button'))).toBe(false);
    expect(typingInField(null)).toBe(false);
  });
});
