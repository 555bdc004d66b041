// How Waymark's browser tests and its Lighthouse benchmark start Debian's Chromium: headless, and with nothing that
// reaches out to the network on its own (this machine's network is closed, and such calls only add noise).
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
