// The spam score of a comment: a sum of named signals, each worth a few points, so an editor can see why a comment
// went to quarantine. One signal alone never quarantines: an honest reader who pastes a link or writes "THANKS!!!!!!"
// reaches the inbox; a link with spam words, or a burst of comments in capitals, does not.
import { createHash } from 'node:crypto';

export const QUARANTINE_AT = 4;
/** More links than this and the comment is refused (the reader is told, and can shorten it). */
export const MAX_LINKS = 3;
/** A comment from the same visitor or address within this many seconds of their previous one. */
export const TOO_FAST_SECONDS = 30;

const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(?:com|net|org|io|ru|cn|xyz|top|info|biz|shop|site)\b/gi;
const REPEATED_CHARACTER = /(.)\1{5,}/u;
const SPAM_WORDS = [
  'casino',
  'viagra',
  'cialis',
  'bitcoin',
  'crypto',
  'forex',
  'loan',
  'betting',
  'escort',
  'porn',
  'backlinks',
  'seo service',
  'buy now',
  'click here',
  'earn money',
  'work from home',
  'free money',
  'telegram me',
  'whatsapp me',
];

export interface SpamSignal {
  signal: 'links' | 'repeated-characters' | 'all-caps' | 'spam-words' | 'too-fast';
  points: number;
}

export const countLinks = (text: string) => text.match(LINK)?.length ?? 0;

/** `recentByAuthor`: whether the same visitor or address left a comment within TOO_FAST_SECONDS. */
export const spamScore = (text: string, recentByAuthor: boolean) => {
  const signals: SpamSignal[] = [];
  const links = countLinks(text);
  if (links > 0) signals.push({ signal: 'links', points: links === 1 ? 1 : 3 });
  if (REPEATED_CHARACTER.test(text)) signals.push({ signal: 'repeated-characters', points: 2 });
  const letters = text.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length >= 20 && capitals / letters.length >= 0.8) signals.push({ signal: 'all-caps', points: 2 });
  const lowered = text.toLowerCase();
  const words = SPAM_WORDS.filter((word) => lowered.includes(word)).length;
  if (words > 0) signals.push({ signal: 'spam-words', points: 3 * words });
  if (recentByAuthor) signals.push({ signal: 'too-fast', points: 2 });
  const score = signals.reduce((sum, { points }) => sum + points, 0);
  return { score, signals: signals.map(({ signal }) => signal), quarantine: score >= QUARANTINE_AT };
};

/** The same words in any case and spacing give the same hash: what duplicate suppression compares. */
export const commentHash = (text: string) =>
  createHash('sha256').update(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex');
