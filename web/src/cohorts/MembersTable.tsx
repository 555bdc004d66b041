// The members of a cohort against its schedule: progress, ahead / on track / behind by how many days, who has not
// started, and the last activity. Filtered by status and name through the API (the CSV download takes the same
// filters), sorted by a column's button in its heading (aria-sort says how); the words are the same the learner
// reads on "What your mentors see".
import { useState } from 'react';
import { api, call, download } from '../api/client';
import { announce } from '../ui/announcer';
import { useLearnerTime } from '../ui/learner-time';
import { Empty, ErrorMessage, Loading, Show, useResource } from '../ui/states';
import { MemberFilters, type MemberFilter } from './MemberFilters';
import { progressWords, standingWords, type MemberProgress } from './member-progress';

type Column = 'name' | 'progress' | 'standing' | 'activity';
const COLUMNS: { key: Column; label: string }[] = [
  { key: 'name', label: 'Member' },
  { key: 'progress', label: 'Progress' },
  { key: 'standing', label: 'Against the schedule' },
  { key: 'activity', label: 'Last activity' },
];

/** Days ahead count up, days behind down, not started below everyone: one number to sort "standing" by. */
const standingRank = (member: MemberProgress) => {
  if (!member.started) return -1_000_000;
  if (member.status === 'behind') return -(member.daysBehind ?? 0) - 0.5;
  if (member.status === 'ahead') return (member.daysAhead ?? 0) + 0.5;
  return 0;
};

const compare: Record<Column, (a: MemberProgress, b: MemberProgress) => number> = {
  name: (a, b) => a.displayName.localeCompare(b.displayName),
  progress: (a, b) => a.percentDone - b.percentDone,
  standing: (a, b) => standingRank(a) - standingRank(b),
  activity: (a, b) => (a.lastActivityAt ?? '').localeCompare(b.lastActivityAt ?? ''),
};

// A cohort's first page of members is all of a cohort of up to 100; the API pages beyond that.
const loadAll = async (id: string, filter: MemberFilter) => {
  const first = await call(
    api.GET('/v1/cohorts/{id}/members', { params: { path: { id }, query: { limit: 100, ...filter } } }),
  );
  const items = [...first.items];
  let cursor = first.nextCursor;
  while (cursor !== null) {
    const page = await call(
      api.GET('/v1/cohorts/{id}/members', { params: { path: { id }, query: { limit: 100, ...filter, cursor } } }),
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  }
  return { ...first, items };
};

export const MembersTable = ({ cohortId, cohortName }: { cohortId: string; cohortName: string }) => {
  const { dateTime } = useLearnerTime();
  const [filter, setFilter] = useState<MemberFilter>({});
  const [csvError, setCsvError] = useState<unknown>();
  const { resource, reload } = useResource(() => loadAll(cohortId, filter), [cohortId, filter]);
  const filtered = filter.status !== undefined || filter.search !== undefined;

  const downloadCsv = () => {
    setCsvError(undefined);
    const query = new URLSearchParams({ ...filter }).toString();
    download(`/v1/cohorts/${cohortId}/members.csv${query ? `?${query}` : ''}`, `${cohortName} members.csv`).then(
      () => announce('Members downloaded as CSV'),
      setCsvError,
    );
  };
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({ column: 'name', ascending: true });

  const sortBy = (column: Column, label: string) => {
    const ascending = sort.column === column ? !sort.ascending : true;
    setSort({ column, ascending });
    announce(`Sorted by ${label.toLowerCase()}, ${ascending ? 'ascending' : 'descending'}`);
  };

  return (
    <section aria-labelledby="members">
      <h2 id="members">Members</h2>
      <MemberFilters filter={filter} onChange={setFilter} />
      <p>
        <button type="button" className="secondary small" onClick={downloadCsv}>
          Download CSV{filtered ? ' of these members' : ''}
        </button>
      </p>
      {csvError !== undefined && <ErrorMessage error={csvError} />}
      <Show resource={resource} reload={reload} placeholder={<Loading label="Loading the members…" />}>
        {(page) => {
          if (page.items.length === 0 && filtered) return <Empty>No member matches these filters.</Empty>;
          if (page.items.length === 0)
            return <Empty hint="Invite learners or share the join code.">No members yet.</Empty>;
          const order = compare[sort.column];
          const rows = [...page.items].sort((a, b) => (sort.ascending ? order(a, b) : order(b, a)));
          return (
            <>
              <p>The schedule expects {Math.round(page.expectedPercent)}% of the roadmap done by today.</p>
              <div className="table-scroll">
                <table className="audit-log cohort-table">
                  <caption>Members of “{cohortName}” and how each is doing against the schedule</caption>
                  <thead>
                    <tr>
                      {COLUMNS.map(({ key, label }) => (
                        <th
                          key={key}
                          scope="col"
                          aria-sort={sort.column === key ? (sort.ascending ? 'ascending' : 'descending') : undefined}
                        >
                          <button type="button" className="link-button" onClick={() => sortBy(key, label)}>
                            {label}
                            <span aria-hidden="true">{sort.column === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                          </button>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((member) => (
                      <tr key={member.userId}>
                        <th scope="row">{member.displayName}</th>
                        <td>{progressWords(member)}</td>
                        <td>{standingWords(member)}</td>
                        <td>
                          {member.lastActivityAt ? (
                            <time dateTime={member.lastActivityAt}>{dateTime(member.lastActivityAt)}</time>
                          ) : (
                            'None yet'
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </Show>
      <p>
        <button type="button" className="secondary small" onClick={reload}>
          Refresh the members
        </button>
      </p>
    </section>
  );
};
