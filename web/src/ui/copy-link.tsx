// "Copy link": puts the address of a part of a page (or of another page) on the clipboard, so a reader can share
// exactly where they are. The clipboard API needs a secure context and the reader's permission; where it is refused,
// the old way (select a hidden field, copy) still works in most browsers, and failing that the address is read out.
import { useEffect, useState } from 'react';
import { announce } from './announcer';

const copyTheOldWay = (text: string) => {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.className = 'visually-hidden';
  document.body.append(field);
  field.select();
  let copied: boolean;
  try {
    // Deprecated, but the only way left where the clipboard API is not allowed (an insecure context, a refusal).
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  focused?.focus();
  return copied;
};

export const copyText = async (text: string) => {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyTheOldWay(text);
  }
};

const COPIED_FOR_MS = 3000;

/**
 * `href`: "#section" on this page, or a path; `about`: what the link leads to, for screen readers ("A short history").
 * A link to a part of this page also goes into the address bar, which is one more place to copy it from.
 */
export const CopyLink = ({ href, about }: { href: string; about: string }) => {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    const url = new URL(href, window.location.href).href;
    if (href.startsWith('#')) window.history.replaceState(window.history.state, '', href);
    if (await copyText(url)) {
      setCopied(true);
      announce('Link copied');
    } else {
      announce(`The link could not be copied. It is ${url}`);
    }
  };

  return (
    <button type="button" className="copy-link" data-print="hide" onClick={() => void copy()}>
      <svg className="copy-link-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path
          d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
        />
      </svg>
      {copied ? 'Link copied' : 'Copy link'}
      <span className="visually-hidden"> to “{about}”</span>
    </button>
  );
};
