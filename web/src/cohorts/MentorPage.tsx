// The mentors' pages' shell: the editors' page shell (editor.tsx) for the permission mentors and admins have.
import type { ReactNode } from 'react';
import { EditorPage } from '../editor';

export const MentorPage = ({ title, children }: { title: string; children: () => ReactNode }) => (
  <EditorPage title={title} permission="cohorts:mentor" audience="mentors and admins">
    {children}
  </EditorPage>
);
