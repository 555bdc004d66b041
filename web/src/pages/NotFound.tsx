// An address the app has no page for: say so, and offer the way home and a search (the home page shows results).
import { useState } from 'react';
import { Link, navigate, useLocation } from '../router';
import { usePageTitle } from '../ui/page';

export const NotFound = () => {
  usePageTitle('Page not found');
  const { pathname } = useLocation();
  const [typed, setTyped] = useState('');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>. The link may be old, or the address mistyped.
      </p>
      <p>
        <Link href="/">Go to the home page</Link> to see every roadmap, or search for what you were looking for.
      </p>
      <search>
        <form
          className="search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim() !== '') navigate(`/?q=${encodeURIComponent(typed.trim())}`);
          }}
        >
          <label htmlFor="not-found-search">Search roadmaps, steps, FAQ and resources</label>
          <div className="inline-form">
            <input id="not-found-search" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
            <button type="submit">Search</button>
          </div>
        </form>
      </search>
    </>
  );
};
