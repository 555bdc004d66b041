// The element a page address's #fragment names. A browser opens a closed <details> only for a fragment inside its
// hidden content, never for the <details> itself (an FAQ entry's id is on it), so the app opens it.

/** The id in the address's #fragment, or '' (also for a fragment that is not valid percent-encoding). */
const fragmentId = () => {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return '';
  }
};

/** The element the #fragment names, opened if it is a <details>; null when there is none on the page. */
export const openAddressed = (): HTMLElement | null => {
  const id = fragmentId();
  const element = id === '' ? null : document.getElementById(id);
  if (element instanceof HTMLDetailsElement) element.open = true;
  return element;
};
