// The reader's warning beside a resource link the link check found dead. Only "dead" warns: a link fails a few
// checks over a day before it is called that (docs/decisions/0030-link-checks.md), so one bad night warns nobody.
// The warning is visible text next to the link and the link's description (aria-describedby), so a screen reader
// hears it with the link.
import { useLearnerTime } from './learner-time';

export interface LinkStatus {
  state: 'ok' | 'moved' | 'dead' | 'error';
  checkedAt: string;
}

/** The id the link's aria-describedby names, when its warning shows. */
export const linkWarningId = (resourceId: string, link: LinkStatus | null) =>
  link?.state === 'dead' ? `link-warning-${resourceId}` : undefined;

/** A resource as a step lists it: the link, its publisher, "paid", and the warning when the link seems dead. */
export const ResourceLink = ({
  resource,
}: {
  resource: {
    id: string;
    url: string;
    title: string;
    publisher: string | null;
    free: boolean;
    link: LinkStatus | null;
  };
}) => (
  <>
    <a href={resource.url} rel="noopener noreferrer" aria-describedby={linkWarningId(resource.id, resource.link)}>
      {resource.title}
    </a>
    {resource.publisher && <span className="muted"> · {resource.publisher}</span>}
    {!resource.free && <span className="badge">paid</span>}
    <LinkWarning resourceId={resource.id} link={resource.link} />
  </>
);

export const LinkWarning = ({ resourceId, link }: { resourceId: string; link: LinkStatus | null }) => {
  const { date } = useLearnerTime();
  const id = linkWarningId(resourceId, link);
  if (id === undefined || link === null) return null;
  return (
    <span className="link-warning" id={id}>
      This link seemed broken when we last checked on <time dateTime={link.checkedAt}>{date(link.checkedAt)}</time>.
    </span>
  );
};
