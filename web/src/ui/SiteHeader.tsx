// The header of every page: the organisation's brand, the main navigation for who is visiting (a visitor is offered
// Log in and Sign up, a learner their dashboard, bookmarks and account, editors and admins their pages), folded into
// a menu on narrow screens, and the theme control.
import { useEffect, useId, useRef, useState } from 'react';
import { logOut, useSession } from '../api/session';
import { useUnreadMessages } from '../cohorts/unread-messages';
import { allowed } from '../editor';
import { Link, navigate, useLocation } from '../router';
import { announce } from './announcer';
import { instance } from './brand';
import { ChevronDownIcon, CloseIcon, InboxIcon, MapIcon, MenuIcon } from './icons';
import { ThemeControl } from './ThemeControl';
import '../styles/messages.css';

/** "page" on the link to this very page, "true" on the link to the part of the site it belongs to. */
const currentness = (href: string, pathname: string, also: string[] = []) => {
  if (href === pathname) return 'page' as const;
  return also.some((prefix) => pathname.startsWith(prefix)) ? ('true' as const) : undefined;
};

const NavLink = ({ href, label, also }: { href: string; label: string; also?: string[] }) => {
  const { pathname } = useLocation();
  return (
    <li>
      <Link href={href} className="nav-link" aria-current={currentness(href, pathname, also)}>
        {label}
      </Link>
    </li>
  );
};

/**
 * The editors' and admins' pages, behind one "Editing" button (a disclosure, not an ARIA menu: its items are plain
 * links), so that their header fits one row. Closes on Escape (focus back on the button), a click elsewhere, or a
 * page change.
 */
const EditingLinks = () => {
  const session = useSession();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const group = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Inside the phone's menu, Escape closes this list first, not the whole menu (the menu listens later).
      event.stopImmediatePropagation();
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!group.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const links = [
    allowed(session, 'feedback:moderate') && (
      <NavLink key="feedback" href="/editor/feedback" label="Feedback" also={['/editor/feedback/']} />
    ),
    allowed(session, 'analytics:read') && (
      <NavLink key="analytics" href="/editor/analytics" label="Analytics" also={['/editor/analytics/']} />
    ),
    allowed(session, 'drafts:write') && <NavLink key="drafts" href="/editor/drafts" label="Drafts" />,
    allowed(session, 'resources:check') && <NavLink key="links" href="/editor/links" label="Links" />,
    session.status === 'signed-in' && session.user.role === 'admin' && (
      <NavLink key="admin" href="/admin" label="Admin" />
    ),
  ].filter(Boolean);
  if (links.length === 0) return null;
  const within = pathname.startsWith('/editor/') || pathname === '/admin';
  return (
    <li className="nav-group" ref={group}>
      <button
        ref={button}
        type="button"
        className="nav-link nav-group-button"
        aria-expanded={open}
        aria-controls={listId}
        data-current={within}
        onClick={() => setOpen(!open)}
      >
        Editing
        <ChevronDownIcon className="nav-group-chevron" />
      </button>
      <ul id={listId} className="nav-group-list" hidden={!open}>
        {links}
      </ul>
    </li>
  );
};

/**
 * Messages, with a badge counting the unread ones (read out as "Messages 3 unread"). At laptop widths the word
 * folds into its icon (messages.css), so that a signed-in header keeps to one row at 1280 px.
 */
const MessagesLink = () => {
  const { pathname } = useLocation();
  const unread = useUnreadMessages();
  return (
    <li>
      <Link href="/messages" className="nav-link nav-messages" aria-current={currentness('/messages', pathname)}>
        <InboxIcon />
        <span className="nav-messages-label">Messages</span>{' '}
        {unread !== undefined && unread > 0 && (
          <span className="badge badge-accent nav-badge">
            {unread}
            <span className="visually-hidden"> unread</span>
          </span>
        )}
      </Link>
    </li>
  );
};

const Brand = () => (
  <Link href="/" className="brand">
    {instance.logoUrl === null ? (
      <MapIcon className="brand-mark" />
    ) : (
      <img className="brand-logo" src={instance.logoUrl} alt="" />
    )}
    <span>{instance.name}</span>
  </Link>
);

export const SiteHeader = () => {
  const session = useSession();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const signedIn = session.status === 'signed-in';

  // A page opened from the menu closes it; so does Escape, which gives focus back to the button.
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      document.getElementById(`${menuId}-button`)?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, menuId]);

  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <Brand />
        <button
          type="button"
          id={`${menuId}-button`}
          className="menu-button secondary"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen(!open)}
        >
          {open ? <CloseIcon /> : <MenuIcon />}
          <span className="menu-label">Menu</span>
        </button>
        <nav aria-label="Main" id={menuId} className="main-nav" data-open={open}>
          <ul className="nav-links">
            <NavLink href="/" label="Roadmaps" also={['/roadmaps/']} />
            <NavLink href="/hub" label="Resource Hub" also={['/hub/']} />
            {signedIn && <NavLink href="/dashboard" label="Dashboard" />}
            {signedIn && <NavLink href="/bookmarks" label="Bookmarks" />}
            {signedIn && (
              <NavLink
                href={allowed(session, 'cohorts:mentor') ? '/mentor/cohorts' : '/cohorts'}
                label="Cohorts"
                also={['/cohorts', '/mentor/cohorts']}
              />
            )}
            {signedIn && <MessagesLink />}
            <EditingLinks />
          </ul>
          {/* Nothing until the session is known, rather than "Log in" flashing for someone signed in. */}
          {session.status !== 'checking' && (
            <ul className="nav-account">
              {signedIn ? (
                <>
                  <NavLink href="/account" label="Account" />
                  <li>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        void logOut().then(() => {
                          announce('Logged out');
                          navigate('/');
                        })
                      }
                    >
                      Log out
                    </button>
                  </li>
                </>
              ) : (
                <>
                  <NavLink href="/login" label="Log in" />
                  <li>
                    <Link href="/signup" className="button" aria-current={pathname === '/signup' ? 'page' : undefined}>
                      Sign up
                    </Link>
                  </li>
                </>
              )}
            </ul>
          )}
        </nav>
        <ThemeControl />
      </div>
    </header>
  );
};
