import { Link } from '../router';
import { usePageTitle } from '../ui/page';

export const NotFound = () => {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link href="/">See all roadmaps</Link>.
      </p>
    </>
  );
};
