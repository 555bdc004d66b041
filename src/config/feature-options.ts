// The options of Waymark's features: content, accounts and sessions, mail, feedback and the background jobs.
// Part of the options table (options.ts).
import { boolean, cron, directory, hostList, integer, oneOf, secret, text, url, type OptionSpec } from './parsers.ts';

export const featureOptions = {
  content: {
    dir: {
      env: 'CONTENT_DIR',
      description: 'Folder of roadmap content (YAML + Markdown) imported at start.',
      default: './content',
      parse: directory,
    },
    importOnStart: {
      env: 'CONTENT_IMPORT_ON_START',
      description: 'Import CONTENT_DIR at start when it differs from what the database holds.',
      default: 'true',
      parse: boolean,
    },
  },
  drafts: {
    singleEditor: {
      env: 'DRAFTS_SINGLE_EDITOR',
      description:
        'Let an editor approve a roadmap draft they started themselves (for a team of one). Off: another editor ' +
        'or an admin must approve it.',
      default: 'false',
      parse: boolean,
    },
  },
  auth: {
    jwtSecret: {
      env: 'JWT_SECRET',
      description:
        'Key that signs access tokens (HS256), at least 32 characters of random text; required in production. ' +
        'Unset elsewhere: a random key per process (access tokens end at restart; sessions survive). Set it when ' +
        'several instances run.',
      default: undefined,
      parse: secret,
      sensitive: true,
    },
    accessTokenTtlSeconds: {
      env: 'ACCESS_TOKEN_TTL_SECONDS',
      description: 'Lifetime of an access token (at most 15 minutes).',
      default: '900',
      parse: integer(30, 900),
    },
    sessionCheckCacheMs: {
      env: 'SESSION_CHECK_CACHE_MS',
      description:
        'How long an instance trusts its last look at whether a session still stands and what its role is, in ' +
        'milliseconds (at most 1000). A logout, a disabled account or a role change reaches every instance at once ' +
        'through Redis, and within this time even when a message is lost. 0: the database is asked on every request.',
      default: '1000',
      parse: integer(0, 1000),
    },
    refreshTokenIdleDays: {
      env: 'REFRESH_TOKEN_IDLE_DAYS',
      description: 'A session unused for this long ends (its refresh token expires).',
      default: '14',
      parse: integer(1, 365),
    },
    refreshTokenAbsoluteDays: {
      env: 'REFRESH_TOKEN_ABSOLUTE_DAYS',
      description: 'A session ends this long after its login, however often it is used.',
      default: '60',
      parse: integer(1, 3650),
    },
    rateLimitMax: {
      env: 'AUTH_RATE_LIMIT_MAX',
      description: 'Requests one client (IP) may make per window to each of register, login, refresh and logout.',
      default: '20',
      parse: integer(1, 10000000),
    },
    loginAttemptsRetentionDays: {
      env: 'LOGIN_ATTEMPTS_RETENTION_DAYS',
      description:
        'Days failed logins for an address are remembered after the last one; the housekeeping job then forgets ' +
        'them and the count starts again. A locked address stays locked until it is unlocked.',
      default: '30',
      parse: integer(1, 3650),
    },
    endedSessionRetentionDays: {
      env: 'ENDED_SESSION_RETENTION_DAYS',
      description:
        'Days the refresh tokens of an ended session (logged out, revoked, expired) are kept, so a replayed one ' +
        'is still recognised and audited; the housekeeping job then deletes them. A live session keeps them all.',
      default: '30',
      parse: integer(1, 3650),
    },
  },
  mail: {
    smtpUrl: {
      env: 'SMTP_URL',
      description:
        'Mail server (smtp://user:pass@host:587 or smtps://…:465). Unset: mail is kept in the database, where ' +
        'the development mailbox shows it (/dev/mailbox: development and test only, to loopback clients only).',
      default: undefined,
      parse: url('smtp:', 'smtps:'),
    },
    from: {
      env: 'MAIL_FROM',
      description:
        'Sender of Waymark mail: an address alone goes out under BRAND_NAME; or give the name too, e.g. ' +
        '"Learning Lab <no-reply@example.org>".',
      default: 'no-reply@localhost',
      parse: text,
    },
    perAddressPerHour: {
      env: 'MAIL_PER_ADDRESS_PER_HOUR',
      description:
        'Most mails Waymark sends to one address in any hour, all kinds together (sign-up, reset, address ' +
        'change, notices), so nobody can use it to flood an inbox; further mail is dropped and logged, the ' +
        'answers stay the same.',
      default: '10',
      parse: integer(1, 1000),
    },
    cohortMessagesPerHour: {
      env: 'COHORT_MESSAGES_PER_HOUR',
      description:
        'Most messages one mentor sends to the members of one cohort in any hour (to one member or to all, each ' +
        'counts once); beyond that the API answers 429 with Retry-After.',
      default: '20',
      parse: integer(1, 1000),
    },
    tokenRetentionDays: {
      env: 'EMAIL_TOKEN_RETENTION_DAYS',
      description:
        'Days a mailed link (address verification, password reset, new address) is kept after it expired; the ' +
        'housekeeping job then deletes it.',
      default: '7',
      parse: integer(1, 3650),
    },
    sentMailRetentionDays: {
      env: 'SENT_MAIL_RETENTION_DAYS',
      description:
        'Days the record of a sent mail (without SMTP_URL, the message in the development mailbox) is kept; the ' +
        'housekeeping job then deletes it. A mail job needs it only while it may be retried (hours).',
      default: '30',
      parse: integer(1, 3650),
    },
  },
  feedback: {
    retentionDays: {
      env: 'FEEDBACK_RETENTION_DAYS',
      description:
        'Days that raw feedback (votes, comments, their hashed IPs) is kept; the purge job then deletes it. ' +
        'Daily and total counts are kept for good.',
      default: '90',
      parse: integer(1, 3650),
    },
    rateLimitPerIp: {
      env: 'FEEDBACK_RATE_LIMIT_PER_IP',
      description: 'Feedback posts one client IP may make per RATE_LIMIT_WINDOW_MS (a classroom may share one IP).',
      default: '60',
      parse: integer(1, 10000000),
    },
    rateLimitPerVisitor: {
      env: 'FEEDBACK_RATE_LIMIT_PER_VISITOR',
      description: 'Feedback posts one visitor (anonymous cookie or account) may make per RATE_LIMIT_WINDOW_MS.',
      default: '20',
      parse: integer(1, 10000000),
    },
  },
  linkCheck: {
    enabled: {
      env: 'LINK_CHECK_ENABLED',
      description:
        'Check the links of resources on LINK_CHECK_SCHEDULE and when an editor asks (false: Waymark fetches nothing).',
      default: 'true',
      parse: boolean,
    },
    schedule: {
      env: 'LINK_CHECK_SCHEDULE',
      description:
        'When the link check runs (cron, UTC); each run checks the LINK_CHECK_BATCH_SIZE oldest-checked links.',
      default: '17 4 * * *',
      parse: cron,
    },
    batchSize: {
      env: 'LINK_CHECK_BATCH_SIZE',
      description: 'Links one run checks at most, those checked longest ago first.',
      default: '200',
      parse: integer(1, 10000),
    },
    timeoutMs: {
      env: 'LINK_CHECK_TIMEOUT_MS',
      description: 'How long one request of the link check may take, from connecting to the last byte read.',
      default: '10000',
      parse: integer(100, 120000),
    },
    hostDelayMs: {
      env: 'LINK_CHECK_HOST_DELAY_MS',
      description: 'Pause between checking two links on the same host, so a run never hammers one site.',
      default: '2000',
      parse: integer(0, 60000),
    },
    allowedHosts: {
      env: 'LINK_CHECK_ALLOWED_HOSTS',
      description:
        'Hosts the link check may fetch even though they resolve to a private, loopback or link-local address ' +
        '(never otherwise), e.g. an intranet wiki: docs.internal,127.0.0.1:8080. A host without a port allows all.',
      default: '',
      parse: hostList,
    },
    retentionDays: {
      env: 'LINK_CHECK_RETENTION_DAYS',
      description: 'Days the history of each link check is kept; the housekeeping job then deletes it.',
      default: '180',
      parse: integer(1, 3650),
    },
  },
  jobs: {
    workerMode: {
      env: 'WORKER_MODE',
      description: 'in-process: this process also runs background jobs (mail). off: `npm run worker` runs them.',
      default: 'in-process',
      parse: oneOf('in-process', 'off'),
    },
  },
} satisfies Record<string, Record<string, OptionSpec<unknown>>>;
