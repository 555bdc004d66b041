import { useEffect } from 'react';
import { instance } from './brand';

/** Sets the document title; the app shell announces it and moves focus to the page heading after navigation. */
export const usePageTitle = (title: string | undefined) => {
  useEffect(() => {
    if (title !== undefined) document.title = `${title} · ${instance.name}`;
  }, [title]);
};
