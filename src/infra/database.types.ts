import type { ColumnType, Generated } from 'kysely';

/** Written as a JSON string, read back as a parsed value (pg and PGlite both parse jsonb). */
type Json<T> = ColumnType<T, string, string>;
type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, never, Date>;

export interface ResourcesTable {
  id: string;
  type: string;
  title: string;
  url: string;
  publisher: string | null;
  description: string;
  free: boolean;
  topics: string[];
  content_hash: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  archived_at: Date | null;
}

export interface RoadmapsTable {
  slug: string;
  title: string;
  summary: string;
  license: string;
  document: Json<unknown>;
  content_hash: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  archived_at: Date | null;
}

export interface RoadmapStepsTable {
  roadmap_slug: string;
  id: string;
  tier_id: string;
  position: number;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  estimated_hours: number;
  content_hash: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  archived_at: Date | null;
}

export interface StepResourcesTable {
  roadmap_slug: string;
  step_id: string;
  resource_id: string;
  position: number;
}

export interface RoadmapFaqTable {
  roadmap_slug: string;
  id: string;
  position: number;
  question: string;
  answer: string;
  updated_at: UpdatedAt;
  archived_at: Date | null;
}

export interface ContentImportsTable {
  id: Generated<string>;
  content_hash: string;
  summary: Json<unknown>;
  imported_at: CreatedAt;
}

export interface Database {
  resources: ResourcesTable;
  roadmaps: RoadmapsTable;
  roadmap_steps: RoadmapStepsTable;
  step_resources: StepResourcesTable;
  roadmap_faq: RoadmapFaqTable;
  content_imports: ContentImportsTable;
}
