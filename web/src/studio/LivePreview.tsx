// The draft as learners will see it, from GET /v1/drafts/{id}/preview (the answer the roadmap page will get once it
// is published), drawn with the roadmap page's own parts and Markdown renderer. The editor refreshes it after each
// save; the step last edited is open, so a change is seen where it was made.
import type { Ok } from '../api/types';
import { Duties, EditionLine, KeepInMind, levelLabel, Outcomes } from '../pages/RoadmapParts';
import { Markdown } from '../ui/Markdown';
import { ErrorMessage, Loading } from '../ui/states';

export type DraftPreview = Ok<'/v1/drafts/{id}/preview'>;

export const LivePreview = ({
  preview,
  error,
  retry,
  refreshing,
  openStep,
}: {
  preview: DraftPreview | undefined;
  error: unknown;
  retry: () => void;
  refreshing: boolean;
  /** The step last edited in the form, shown open. */
  openStep: string | undefined;
}) => {
  if (error !== undefined) return <ErrorMessage error={error} retry={retry} />;
  if (preview === undefined) return <Loading label="Loading the preview…" />;
  return (
    <div className="live-preview" aria-busy={refreshing}>
      <p className="muted live-preview-note">
        As learners will see it once it is published{refreshing ? ' (updating…)' : ', as last saved'}.
      </p>
      <EditionLine roadmap={preview} />
      <h3 className="live-preview-title">{preview.title}</h3>
      <p className="lead">{preview.summary}</p>
      <ul className="map-facts">
        <li>{levelLabel(preview.level)}</li>
        <li>
          {preview.stats.steps} steps in {preview.stats.tiers} stages
        </li>
        <li>about {preview.stats.estimatedHours} hours</li>
      </ul>
      <h4>Learning path</h4>
      {preview.tiers.map((tier) => (
        <section key={tier.id} aria-labelledby={`preview-tier-${tier.id}`} className="live-preview-tier">
          <h5 id={`preview-tier-${tier.id}`}>{tier.title}</h5>
          <p>{tier.summary}</p>
          {tier.steps.map((step) => (
            <details
              key={step.id}
              className="live-preview-step"
              data-step={step.id}
              open={step.id === openStep || undefined}
            >
              <summary>
                {step.number}. {step.title} <span className="muted">(about {step.estimatedHours} h)</span>
              </summary>
              <p>{step.summary}</p>
              <Markdown source={step.body} headingLevel={6} />
            </details>
          ))}
        </section>
      ))}
      <h4>About</h4>
      <Markdown source={preview.intro} headingLevel={5} />
      <Outcomes roadmap={preview} />
      <h4>What a {preview.role} does</h4>
      <Duties roadmap={preview} />
      <h4>Keep in mind</h4>
      <KeepInMind roadmap={preview} />
      {preview.faq.length > 0 && (
        <>
          <h4>Questions</h4>
          {preview.faq.map((entry) => (
            <details key={entry.id}>
              <summary>{entry.question}</summary>
              <Markdown source={entry.answer} headingLevel={5} />
            </details>
          ))}
        </>
      )}
      <h4>Conclusion</h4>
      <Markdown source={preview.conclusion} headingLevel={5} />
    </div>
  );
};
