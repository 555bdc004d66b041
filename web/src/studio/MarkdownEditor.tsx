// A Markdown field: a textarea with a small toolbar (bold, italic, link, list, code) and their shortcuts, and a Write /
// Preview tab pair (the WAI-ARIA tabs pattern). The preview is the roadmap page's own renderer (ui/Markdown.tsx), so
// it shows the text as learners will see it.
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Markdown } from '../ui/Markdown';
import { FieldShell } from './fields';
import { fieldIdOf } from './pointer';

type Edit = { text: string; start: number; end: number };
type Format = { name: string; label: string; key: string; apply: (text: string, start: number, end: number) => Edit };

/** Puts `before` and `after` around the selection (or a placeholder), leaving the inner words selected. */
const wrap =
  (before: string, after: string, placeholder: string) =>
  (text: string, start: number, end: number): Edit => {
    const inner = text.slice(start, end) || placeholder;
    return {
      text: text.slice(0, start) + before + inner + after + text.slice(end),
      start: start + before.length,
      end: start + before.length + inner.length,
    };
  };

/** Starts each selected line with `marker`. */
const prefixLines =
  (marker: string) =>
  (text: string, start: number, end: number): Edit => {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const block = text.slice(lineStart, end) || 'item';
    const listed = block
      .split('\n')
      .map((line) => `${marker}${line}`)
      .join('\n');
    return {
      text: text.slice(0, lineStart) + listed + text.slice(end),
      start: lineStart,
      end: lineStart + listed.length,
    };
  };

const FORMATS: Format[] = [
  { name: 'bold', label: 'Bold', key: 'b', apply: wrap('**', '**', 'bold text') },
  { name: 'italic', label: 'Italic', key: 'i', apply: wrap('*', '*', 'italic text') },
  { name: 'link', label: 'Link', key: 'k', apply: wrap('[', '](https://)', 'link text') },
  { name: 'list', label: 'List', key: 'l', apply: prefixLines('- ') },
  { name: 'code', label: 'Code', key: 'e', apply: wrap('`', '`', 'code') },
];
const SHORTCUT = (format: Format) => `Ctrl+${format.key.toUpperCase()}`;

export const MarkdownEditor = ({
  pointer,
  label,
  hint,
  value,
  onChange,
}: {
  pointer: string;
  label: string;
  hint?: string | undefined;
  value: string;
  onChange: (text: string) => void;
}) => {
  const id = fieldIdOf(pointer);
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [focusedTool, setFocusedTool] = useState(0);
  const area = useRef<HTMLTextAreaElement>(null);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const tools = useRef<(HTMLButtonElement | null)[]>([]);
  const selection = useRef<{ start: number; end: number }>(undefined);

  // After a toolbar change the text is new: put the selection back around the words it formatted.
  useLayoutEffect(() => {
    const pending = selection.current;
    if (pending && area.current) {
      area.current.focus();
      area.current.setSelectionRange(pending.start, pending.end);
      selection.current = undefined;
    }
  }, [value]);

  const format = (chosen: Format) => {
    const textarea = area.current;
    if (!textarea) return;
    const edit = chosen.apply(value, textarea.selectionStart, textarea.selectionEnd);
    selection.current = { start: edit.start, end: edit.end };
    onChange(edit.text);
  };

  const onShortcut = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const chosen = FORMATS.find((entry) => entry.key === event.key.toLowerCase());
    if (!chosen) return;
    event.preventDefault();
    format(chosen);
  };

  /** Arrow keys move between the tabs (and the tools): one Tab stop for each group, as the patterns say. */
  const roving = (event: KeyboardEvent, count: number, current: number, go: (index: number) => void) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -current, End: count - 1 - current }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    go((current + step + count) % count);
  };
  const chooseTab = (index: number) => {
    setTab(index === 0 ? 'write' : 'preview');
    tabs.current[index]?.focus();
  };
  const chooseTool = (index: number) => {
    setFocusedTool(index);
    tools.current[index]?.focus();
  };

  return (
    <FieldShell pointer={pointer} label={label} hint={hint}>
      {(props) => (
        <div className="markdown-editor">
          <div role="tablist" aria-label={`${label}: write or preview`} className="tabs markdown-tabs">
            {(['write', 'preview'] as const).map((name, index) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`${id}-${name}-tab`}
                aria-controls={`${id}-${name}`}
                aria-selected={tab === name}
                tabIndex={tab === name ? 0 : -1}
                ref={(element) => {
                  tabs.current[index] = element;
                }}
                onClick={() => setTab(name)}
                onKeyDown={(event) => roving(event, 2, index, chooseTab)}
              >
                {name === 'write' ? 'Write' : 'Preview'}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`${id}-write`} aria-labelledby={`${id}-write-tab`} hidden={tab !== 'write'}>
            <div
              role="toolbar"
              aria-label={`Format ${label.toLowerCase()}`}
              aria-controls={id}
              className="markdown-tools"
            >
              {FORMATS.map((entry, index) => (
                <button
                  key={entry.name}
                  type="button"
                  className="secondary small"
                  tabIndex={index === focusedTool ? 0 : -1}
                  aria-keyshortcuts={`Control+${entry.key.toUpperCase()}`}
                  title={`${entry.label} (${SHORTCUT(entry)})`}
                  ref={(element) => {
                    tools.current[index] = element;
                  }}
                  onClick={() => format(entry)}
                  onKeyDown={(event) => roving(event, FORMATS.length, index, chooseTool)}
                >
                  {entry.label}
                </button>
              ))}
            </div>
            <textarea
              {...props}
              ref={area}
              rows={10}
              value={value}
              onChange={(event) => onChange(event.target.value)}
              onKeyDown={onShortcut}
            />
          </div>
          <div
            role="tabpanel"
            id={`${id}-preview`}
            aria-labelledby={`${id}-preview-tab`}
            hidden={tab !== 'preview'}
            tabIndex={0}
            className="markdown-preview"
          >
            {value.trim() === '' ? (
              <p className="muted">Nothing written yet.</p>
            ) : (
              <Markdown source={value} headingLevel={4} />
            )}
          </div>
        </div>
      )}
    </FieldShell>
  );
};
