// Where an upstream's new version touches a fork's overlay, for the editors reading a proposal: the entries whose
// step upstream removed, renamed, rewrote or moved. Pure, over the versions module's diff of the two versions.
import type { VersionDiff } from '../versions/versions.schemas.ts';
import type { ForkOverlay } from './fork-overlay.ts';

export interface OverlayTouch {
  /** The overlay entry, `/overlay/<section>/<index>`. */
  pointer: string;
  stepId: string;
  detail: string;
}

export const touchesOf = (diff: VersionDiff, overlay: ForkOverlay): OverlayTouch[] => {
  const removed = new Set(diff.steps.removed.map((step) => step.id));
  const added = new Set(diff.steps.added.map((step) => step.id));
  const renamed = new Map(diff.steps.renamed.map((step) => [step.id, step.after]));
  const changedFields = new Map<string, Set<string>>();
  for (const text of diff.texts) {
    if (text.section !== 'steps' || text.itemId === null) continue;
    changedFields.set(text.itemId, (changedFields.get(text.itemId) ?? new Set()).add(text.field));
  }
  const changed = (stepId: string, field: string) => changedFields.get(stepId)?.has(field) ?? false;
  const tiersChanged = new Set([
    ...diff.steps.added.map((step) => step.tierId),
    ...diff.steps.removed.map((step) => step.tierId),
    ...diff.steps.moved.flatMap((step) => [step.before.tierId, step.after.tierId]),
  ]);

  const touches: OverlayTouch[] = [];
  const touch = (pointer: string, stepId: string, detail: string) => touches.push({ pointer, stepId, detail });
  (overlay.hide ?? []).forEach((stepId, i) => {
    if (removed.has(stepId)) touch(`/overlay/hide/${i}`, stepId, 'upstream removed this hidden step');
    else if (renamed.has(stepId) || changedFields.has(stepId))
      touch(`/overlay/hide/${i}`, stepId, 'upstream changed this hidden step');
  });
  (overlay.add ?? []).forEach((entry, i) => {
    if (added.has(entry.step.id))
      touch(`/overlay/add/${i}/step/id`, entry.step.id, 'upstream added a step with the same id');
    if (entry.after !== undefined && removed.has(entry.after))
      touch(`/overlay/add/${i}/after`, entry.step.id, `upstream removed "${entry.after}", the step this one follows`);
  });
  (overlay.order ?? []).forEach((entry, i) => {
    if (tiersChanged.has(entry.tier))
      touch(`/overlay/order/${i}`, entry.steps[0] ?? '', `upstream changed the steps of tier "${entry.tier}"`);
  });
  (overlay.rename ?? []).forEach((entry, i) => {
    const pointer = `/overlay/rename/${i}`;
    if (removed.has(entry.step)) touch(pointer, entry.step, 'upstream removed the step the fork renames');
    else if (entry.title !== undefined && renamed.has(entry.step))
      touch(pointer, entry.step, `upstream renamed it too, to "${renamed.get(entry.step)}"`);
    else if (entry.summary !== undefined && changed(entry.step, 'summary'))
      touch(pointer, entry.step, 'upstream changed the summary the fork replaces');
  });
  (overlay.resources ?? []).forEach((entry, i) => {
    const pointer = `/overlay/resources/${i}`;
    if (removed.has(entry.step)) touch(pointer, entry.step, 'upstream removed the step the fork adds resources to');
    else if (changed(entry.step, 'resources'))
      touch(pointer, entry.step, 'upstream changed the resources of this step');
  });
  (overlay.notes ?? []).forEach((entry, i) => {
    const pointer = `/overlay/notes/${i}`;
    if (removed.has(entry.step)) touch(pointer, entry.step, 'upstream removed the step the fork notes on');
    else if (changed(entry.step, 'body')) touch(pointer, entry.step, 'upstream rewrote the body the note follows');
  });
  return touches;
};
