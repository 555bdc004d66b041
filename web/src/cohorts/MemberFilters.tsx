// Which members the members' table (and its CSV) lists: by how they stand against the schedule, and by name.
import { useState, type FormEvent } from 'react';

export interface MemberFilter {
  status?: 'ahead' | 'on_track' | 'behind' | 'not_started';
  search?: string;
}

const STATUSES: { value: NonNullable<MemberFilter['status']>; label: string }[] = [
  { value: 'behind', label: 'Behind' },
  { value: 'on_track', label: 'On track' },
  { value: 'ahead', label: 'Ahead' },
  { value: 'not_started', label: 'Not started' },
];

export const MemberFilters = ({
  filter,
  onChange,
}: {
  filter: MemberFilter;
  onChange: (next: MemberFilter) => void;
}) => {
  const [search, setSearch] = useState(filter.search ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { search: _previous, ...rest } = filter;
    onChange(search.trim() === '' ? rest : { ...rest, search: search.trim() });
  };
  return (
    <form className="member-filters" role="search" aria-label="Members" onSubmit={submit}>
      <div className="field">
        <label htmlFor="member-status">Show</label>
        <select
          id="member-status"
          value={filter.status ?? ''}
          onChange={(event) => {
            const { status: _previous, ...rest } = filter;
            const value = event.target.value as MemberFilter['status'] | '';
            onChange(value === '' ? rest : { ...rest, status: value });
          }}
        >
          <option value="">Every member</option>
          {STATUSES.map((status) => (
            <option key={status.value} value={status.value}>
              {status.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="member-search">Name contains</label>
        <input
          id="member-search"
          type="search"
          maxLength={100}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <button type="submit" className="secondary small">
        Find
      </button>
    </form>
  );
};
