// One way for pages to read and change a learner's step statuses, whether they are signed in (the API) or a guest
// (this browser, see guest.ts).
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { api, call } from './api/client';
import { useSession } from './api/session';
import type { StepStatus } from './api/types';
import { guestRoadmap, setGuestStepStatus } from './guest';
import { queuedStepStatuses, queueWrite } from './offline';
import { ApiError } from './api/errors';
import { announce } from './ui/announcer';

export const STATUS_LABELS: Record<StepStatus, string> = {
  todo: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

/** The step to carry on with: the first, in the path's order, that is neither done nor skipped. */
export const nextStep = <S extends { id: string }>(steps: S[], statuses: Record<string, StepStatus>) =>
  steps.find((step) => statuses[step.id] !== 'done' && statuses[step.id] !== 'skipped');

const sameStatuses = (a: Record<string, StepStatus>, b: Record<string, StepStatus>) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([stepId, status]) => b[stepId] === status);

export const useStepStatuses = (slug: string) => {
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  const userId = session.status === 'signed-in' ? session.user.id : undefined;
  // A visitor's statuses are in this browser: read them for the first render, so a long page (a whole roadmap) is
  // not rendered a second time just to show them.
  const [statuses, setStatuses] = useState<Record<string, StepStatus>>(() =>
    session.status === 'signed-out' ? guestRoadmap(slug).steps : {},
  );
  const [error, setError] = useState<unknown>();
  // Changes the learner made while their statuses were still loading: the answer, older, must not undo them.
  const changed = useRef<Record<string, StepStatus>>({});

  useEffect(() => {
    if (session.status === 'checking') return;
    if (!signedIn) {
      const kept = guestRoadmap(slug).steps;
      setStatuses((shown) => (sameStatuses(shown, kept) ? shown : kept));
      return;
    }
    let current = true;
    changed.current = {};
    call(api.GET('/v1/me/roadmaps/{slug}/progress', { params: { path: { slug } } })).then(
      (progress) =>
        current &&
        // Rendered in slices (a transition), like the page itself: the statuses change every step of the roadmap.
        startTransition(() =>
          setStatuses({
            ...Object.fromEntries(progress.steps.map((s) => [s.stepId, s.status])),
            // Changes made offline and not sent yet are the learner's latest word.
            ...(queuedStepStatuses(userId!, slug) as Record<string, StepStatus>),
            ...changed.current,
          }),
        ),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [slug, signedIn, userId, session.status]);

  // A guest's statuses changed in another tab (a step page opened beside the roadmap): show them here too.
  useEffect(() => {
    if (session.status !== 'signed-out') return;
    const reread = () => {
      const kept = guestRoadmap(slug).steps;
      setStatuses((shown) => (sameStatuses(shown, kept) ? shown : kept));
    };
    window.addEventListener('storage', reread);
    return () => window.removeEventListener('storage', reread);
  }, [slug, session.status]);

  const setStatus = useCallback(
    async (stepId: string, title: string, status: StepStatus) => {
      setError(undefined);
      let where = '';
      if (userId !== undefined) {
        try {
          await call(
            api.PUT('/v1/me/roadmaps/{slug}/steps/{stepId}', {
              params: { path: { slug, stepId } },
              body: { status },
            }),
          );
        } catch (failure) {
          if (!(failure instanceof ApiError && failure.offline)) {
            setError(failure);
            throw failure;
          }
          queueWrite(userId, `/v1/me/roadmaps/${encodeURIComponent(slug)}/steps/${encodeURIComponent(stepId)}`, {
            status,
          });
          where = ' (no connection: kept in this browser and sent when you are back online)';
        }
      } else {
        setGuestStepStatus(slug, stepId, status);
        where = ' (kept in this browser)';
      }
      changed.current[stepId] = status;
      setStatuses((previous) => ({ ...previous, [stepId]: status }));
      announce(`${title}: ${STATUS_LABELS[status]}${where}`);
    },
    [slug, userId],
  );

  return { statuses, setStatus, error, signedIn };
};
