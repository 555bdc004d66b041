// "On this page": the roadmap's sections, the one the reader is in marked (aria-current="location") as they scroll;
// and the opening of a shared link to a section or an FAQ entry, which has to wait for the page to exist.
import { useEffect, useState } from 'react';
import { openAddressed } from '../ui/fragment';

/**
 * The section whose part of the page crosses a line a quarter of the way down the window (below the sticky bar):
 * what the reader is looking at. Between two sections (their margins) the last one stays marked.
 */
const useSectionInView = (ids: readonly string[]) => {
  // Above the first section (the header), the first is what the reader sees next.
  const [current, setCurrent] = useState<string | undefined>(ids[0]);
  useEffect(() => {
    const observer = new IntersectionObserver(
      (entries) => {
        const crossing = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target.id);
        if (crossing.length > 0) setCurrent(ids.find((id) => crossing.includes(id)));
      },
      { rootMargin: '-25% 0px -74% 0px' },
    );
    for (const id of ids) {
      const section = document.getElementById(id);
      if (section) observer.observe(section);
    }
    return () => observer.disconnect();
  }, [ids]);
  return current;
};

export const Contents = ({ sections }: { sections: readonly (readonly [id: string, title: string])[] }) => {
  const [ids] = useState(() => sections.map(([id]) => id));
  const current = useSectionInView(ids);
  return (
    <nav aria-label="Sections" className="toc">
      <h2 className="toc-title">On this page</h2>
      <ol>
        {sections.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`} aria-current={current === id ? 'location' : undefined}>
              {title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
};

/**
 * A link to `/roadmaps/<slug>#<section>` or `#faq-<id>` (shared, a search result opened in a new tab, or the page
 * reloaded): the browser looked for it before the roadmap had loaded and found nothing, so once it is on screen, go
 * there, opening an FAQ entry. A link on the page to another entry (a hashchange) opens that one too: the browser
 * scrolls to it but leaves it closed. Scroll margins keep what is addressed clear of the sticky bar.
 */
export const useOpenAtHash = () => {
  useEffect(() => {
    const opened = () => openAddressed()?.scrollIntoView();
    opened();
    window.addEventListener('hashchange', opened);
    return () => window.removeEventListener('hashchange', opened);
  }, []);
};
