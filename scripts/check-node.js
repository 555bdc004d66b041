// Plain JavaScript on purpose: this must run, and explain itself, on whatever Node happens to start it.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(
    `Waymark needs Node.js 24 or newer, but npm ran this with Node.js ${process.versions.node}.\n` +
      'Run `npm install` (it installs Node.js 24 for this project as a dev dependency) and start Waymark through\n' +
      'npm scripts (`npm start`, `npm test`), or install Node.js 24 LTS yourself.',
  );
  process.exit(1);
}
