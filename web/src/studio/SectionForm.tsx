// One section of the draft editor: its own fields, then its lists.
import { DocField } from './fields';
import { ListEditor } from './ListEditor';
import type { SectionSpec } from './sections';

export const SectionForm = ({ section }: { section: SectionSpec }) => (
  <section aria-labelledby="studio-section-title" className="studio-section">
    <h2 id="studio-section-title" tabIndex={-1}>
      {section.title}
    </h2>
    {section.fields?.map((field) => (
      <DocField key={field.at} pointer={field.at} spec={field} />
    ))}
    {section.lists?.map((list) => (
      <div key={list.at} className="studio-list">
        {(section.lists?.length ?? 0) > 1 && <h3>{list.noun.charAt(0).toUpperCase() + list.noun.slice(1)}s</h3>}
        <ListEditor spec={list} />
      </div>
    ))}
  </section>
);
