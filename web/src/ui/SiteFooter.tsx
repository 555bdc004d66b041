// The footer of every page: who hosts this Waymark, the licence of the content, and where to read more.
import { Link } from '../router';
import { instance } from './brand';

export const SiteFooter = () => (
  <footer className="site-footer">
    <div className="site-footer-inner">
      <div>
        <p className="footer-name">{instance.name}</p>
        <p>
          Roadmap and hub content is shared under{' '}
          <a href={instance.contentLicence.url} rel="license">
            {instance.contentLicence.name}
          </a>
          . Waymark is open source software.
        </p>
      </div>
      <nav aria-label="Footer">
        <ul className="footer-links">
          <li>
            <Link href="/">Roadmaps</Link>
          </li>
          <li>
            <Link href="/hub">Resource Hub</Link>
          </li>
          <li>
            <a href="/docs">API documentation</a>
          </li>
        </ul>
      </nav>
    </div>
  </footer>
);
