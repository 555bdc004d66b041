// A session's or an audit entry's user-agent string in words: "Firefox 133 on Windows", "Safari 18 on iPhone",
// "API client (curl/8.5.0)". A few patterns cover the browsers people use; the raw string stays on the page for
// anyone who wants the rest. Order matters: Edge, Opera and Samsung Internet also say "Chrome" and "Safari", and
// Chrome says "Safari"; an iPhone says "like Mac OS X", ChromeOS and Android say "Linux".

const BROWSERS: [name: string, pattern: RegExp][] = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\b(?:OPR|OPT|OPiOS)\/(\d+)/],
  ['Samsung Internet', /\bSamsungBrowser\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /\b(?:HeadlessChrome|Chrome|CriOS)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[\d.]*(?: Mobile\/\w+)? Safari\//],
];

const SYSTEMS: [name: string, pattern: RegExp][] = [
  ['Windows', /\bWindows\b/],
  ['iPhone', /\biPhone\b/],
  ['iPad', /\biPad\b/],
  ['iPod', /\biPod\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['Android', /\bAndroid\b/],
  // iPadOS 13 and later ask for desktop pages and say "Macintosh": such an iPad reads as macOS.
  ['macOS', /\bMac OS X\b|\bMacintosh\b/],
  ['Linux', /\bLinux\b/],
];

const first = (list: [string, RegExp][], userAgent: string) => {
  for (const [name, pattern] of list) {
    const match = pattern.exec(userAgent);
    if (match) return { name, version: match[1] };
  }
  return undefined;
};

/** "Chrome 131 on Android"; "API client (curl/8.5.0)" for a program; "Unknown device" when nothing was sent. */
export const deviceInWords = (userAgent: string | null | undefined): string => {
  const text = userAgent?.trim() ?? '';
  if (text === '') return 'Unknown device';
  const browser = first(BROWSERS, text);
  const system = first(SYSTEMS, text);
  if (browser !== undefined) {
    const name = browser.version === undefined ? browser.name : `${browser.name} ${browser.version}`;
    return system === undefined ? name : `${name} on ${system.name}`;
  }
  // Browsers (and the in-app views of apps) start with "Mozilla/5.0 (…"; a program names itself first: "curl/8.5.0".
  if (/^Mozilla\/\d/.test(text)) return system === undefined ? 'Unknown browser' : `A browser on ${system.name}`;
  const product = text.split(/\s/)[0]!;
  return `API client (${product.length > 40 ? `${product.slice(0, 40)}…` : product})`;
};
