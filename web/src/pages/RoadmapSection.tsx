// A part of the roadmap page: its heading with a link to copy, its content, and "Rate this section" at its end. The
// feedback counts for the whole page come in one request, shared through FeedbackScope.
import { createContext, useContext, type ReactNode } from 'react';
import { RateThisSection, useFeedbackCounts } from '../feedback';
import { sectionTitle, type SectionId } from '../sections';
import { CopyLink } from '../ui/copy-link';

const FeedbackContext = createContext<{ roadmap: string } & ReturnType<typeof useFeedbackCounts>>({
  roadmap: '',
  counts: new Map(),
  refresh: () => undefined,
});

export const FeedbackScope = ({ roadmap, children }: { roadmap: string; children: ReactNode }) => {
  const feedback = useFeedbackCounts(roadmap);
  return <FeedbackContext.Provider value={{ roadmap, ...feedback }}>{children}</FeedbackContext.Provider>;
};

/**
 * `title` replaces the usual heading (the role's own words); `tools` sit beside the heading, after its "Copy link".
 */
export const Section = ({
  id,
  title,
  className = 'roadmap-section',
  tools,
  children,
}: {
  id: SectionId;
  title?: string;
  className?: string;
  tools?: ReactNode;
  children: ReactNode;
}) => {
  const { roadmap, counts, refresh } = useContext(FeedbackContext);
  const target = `section:${id}`;
  const heading = title ?? sectionTitle(id)!;
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={className}>
      <div className="section-head">
        <h2 id={`${id}-heading`}>{heading}</h2>
        <CopyLink href={`#${id}`} about={heading} />
        {tools}
      </div>
      {children}
      <RateThisSection
        roadmap={roadmap}
        target={target}
        about={heading}
        counts={counts.get(target)}
        onVoted={refresh}
      />
    </section>
  );
};
