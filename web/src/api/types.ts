// Names for the shapes the app works with, taken from the generated schema (the API declares them inline).
import type { paths } from './schema';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The JSON body of a route's success answer. */
export type Ok<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 201: { content: { 'application/json': infer T } } }
      ? T
      : never
  : never;

/** The JSON body a route takes. */
export type Body<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;

export type Roadmap = Ok<'/v1/roadmaps/{slug}'>;
export type Tier = Roadmap['tiers'][number];
export type Step = Ok<'/v1/roadmaps/{slug}/steps/{stepId}'>;
export type PlanPreview = Ok<'/v1/roadmaps/{slug}/plan'>;
export type PersonalPlan = Ok<'/v1/me/roadmaps/{slug}/plan'>;
export type Progress = Ok<'/v1/me/roadmaps/{slug}/progress'>;
export type User = Ok<'/v1/me'>;
export type TokenPair = Ok<'/v1/auth/login', 'post'>;
export type StepStatus = Body<'/v1/me/roadmaps/{slug}/steps/{stepId}', 'put'>['status'];
export type ChecklistLevel = Body<'/v1/me/roadmaps/{slug}/checklist/{itemId}', 'put'>['level'];
export type HubPage = Ok<'/v1/hub'>;
export type HubEntrySummary = HubPage['items'][number];
export type HubEntry = Ok<'/v1/hub/{id}'>;
export type VersionList = Ok<'/v1/roadmaps/{slug}/versions'>;
export type VersionSummary = VersionList['items'][number];
export type VersionDiff = Ok<'/v1/roadmaps/{slug}/versions/{from}/diff/{to}'>;
export type TextChange = VersionDiff['texts'][number];
