// Generated from openapi.json by `npm run web:client`. Do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and migrations are current */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Version, commit, build time and Node.js version */
        get: operations["getVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who hosts this Waymark: name, logo, accent colour
         * @description The BRAND_* options as the web app shows them on every page, with the licence of the content.
         */
        get: operations["getInstance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/instance/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logo file, when BRAND_LOGO names one */
        get: operations["getInstanceLogo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roadmaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List published roadmaps
         * @description Cursor-paginated, in slug order. Pass `nextCursor` back as `cursor` for the next page.
         */
        get: operations["listRoadmaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roadmaps/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a whole roadmap
         * @description Everything a roadmap page shows: tiers and steps, the month plan, priorities, challenges, checklist, FAQ, history, durations. Compressed with brotli or gzip when Accept-Encoding allows. Send `If-None-Match` with the ETag you hold to get 304 when nothing changed.
         */
        get: operations["getRoadmap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roadmaps/{slug}/steps/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one step of a roadmap
         * @description The step with its resources, its tier, and the steps before and after it.
         */
        get: operations["getRoadmapStep"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roadmaps/{slug}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the versions of a roadmap (its changelog)
         * @description Newest first: number, date, change notes, where it came from, and counts of what changed since the version before.
         */
        get: operations["listRoadmapVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roadmaps/{slug}/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one version of a roadmap
         * @description The whole roadmap as that version published it, in the shape of the content files. Immutable.
         */
        get: operations["getRoadmapVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roadmaps/{slug}/versions/{from}/diff/{to}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed between two versions
         * @description Steps added, removed, moved (another tier, or out of order) and renamed, and every text that differs with its old and new wording, so the two can be shown side by side.
         */
        get: operations["diffRoadmapVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search learning resources
         * @description Guides, cheatsheets, reviews, articles, videos, courses, books and official docs linked from roadmap steps. Filters combine; `q` searches titles, publishers and descriptions and sorts by relevance.
         */
        get: operations["listResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resource links as the link check last found them (editors)
         * @description Each checked resource with the roadmap steps that use it, its state since when, and what the last check found (for a moved link, its new address). `state` narrows the list, e.g. to dead links.
         */
        get: operations["listResourceLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/links/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check resource links now (editors)
         * @description Queues a run of the link check (which otherwise runs on LINK_CHECK_SCHEDULE) and answers at once; the run checks the links checked longest ago first. Asking again while one waits queues nothing more. Audited. 409 when link checks are turned off.
         */
        post: operations["checkResourceLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search roadmaps, steps, FAQ, resources and hub entries
         * @description Full-text search (English stemming; a word also finds its plural or singular, and step, hub and resource topics count), best match first, with a plain-text snippet and the ranges of its matched words. When a word is in no published text, it is replaced by the closest published word; if that finds more, those are the results, and `correctedQuery` names the query searched (unless `exact`).
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hub": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search the Resource Hub
         * @description Waymark’s own guides, reviews and cheatsheets. Filters combine; `step` needs `roadmap`; `q` searches titles, summaries and bodies and sorts by relevance. Cursor-paginated.
         */
        get: operations["listHubEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hub/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one hub entry
         * @description A guide with its Markdown body and table of contents, a review with its verdict, rating and who it suits, or a cheatsheet with its body. `kind` says which.
         */
        get: operations["getHubEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Passwords: at least 8 characters, at most 256, any characters; common passwords and your email are refused. The answer is the same whether or not the email already has an account; then log in.
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an email address with the token from the mail
         * @description For a new account, or for a new address asked for with POST /v1/me/email. Each link works once. The first confirmation of the address an account signed up with ends every session, personal token and link the account had (anyone could have signed up with the address before): log in again afterwards.
         */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password-reset mail
         * @description The answer is the same whether or not the address has an account. The link works for 30 minutes.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the token from the reset mail
         * @description Ends every session and personal access token, cancels a pending email change and spends every other mailed link; confirms the address and unlocks an account locked by failed logins.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in: get an access token and a refresh token */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trade a refresh token for a new pair
         * @description Each refresh token works once. Using a spent one again ends the whole session (all its tokens).
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session a refresh token belongs to
         * @description The token comes in the body, or in the browser session cookie (then with X-CSRF-Token).
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your profile */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /**
         * Delete your account
         * @description Needs your password, or, for an account without one (or where passwords are off), the proof of a fresh login at your organisation (reauthProof). Your personal data is deleted; the audit log keeps anonymous entries.
         */
        delete: operations["deleteMe"];
        options?: never;
        head?: never;
        /**
         * Change your display name
         * @description Only the fields listed can change here; any other field is refused.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Needs the current password and a login session. Ends every session and personal access token, cancels a pending email change and spends every mailed link, then returns a new session for this device.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your email address
         * @description Needs your password, or the proof of a fresh login at your organisation (reauthProof) for an account without one. A link goes to the new address; the change happens when it is followed (POST /v1/auth/verify-email). The current address is told.
         */
        post: operations["changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your signed-in devices
         * @description Newest use first. At most 100: one more login signs out the one used longest ago.
         */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one device */
        delete: operations["deleteMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything Waymark holds about you, as JSON */
        get: operations["exportMyData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sso/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How people log in here: the single sign-on providers, and whether passwords work */
        get: operations["listSsoProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sso/{provider}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Log in with a provider: redirects the browser to the provider's login page
         * @description For a browser navigation (a link or a button), not for scripts. The sign-in must come back to the same browser within 10 minutes.
         */
        get: operations["startSsoLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sso/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the provider sends the browser back; logs in and redirects to the web app
         * @description Checks the answer (state, PKCE, and the ID token: signature, issuer, audience, nonce, expiry), then logs into the linked account, makes an account on a first login (a verified address in an allowed domain needed), or, when an account already has the address, mails its owner a link to confirm the link (redirecting to /login?sso=check-mail). A login sets the browser session cookies as POST /v1/auth/login with session=cookie does and redirects to /sso/signed-in?next=…, the web app's step after a login (new=1 when the account was made just now). Nothing is written when a check fails. A failure answers a problem document, except to a browser (Accept with text/html), which is redirected to /login?sso-error=<code>, the code one of not-started, rejected, no-address, unverified-address, domain-not-allowed, account-disabled, linked-elsewhere, try-again, unavailable, stale-login, not-your-login.
         */
        get: operations["finishSsoLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation logins (single sign-on) that open your account
         * @description With the ones waiting for the link mailed to your address (linkedAt null).
         */
        get: operations["listLinkedLogins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/sso/{provider}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link a provider login to your account: where to send the browser
         * @description Answers with the provider URL and sets a short-lived cookie; send the browser there. When the provider answers, its login opens this account from then on. Needs a login session, not a personal token.
         */
        post: operations["startSsoLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/sso/{provider}/reauthenticate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a change with a fresh login at your organisation: where to send the browser
         * @description For an account without a password, or where passwords are off: deleting it (DELETE /v1/me) and changing its address (POST /v1/me/email) are confirmed by logging in again at a provider whose login is linked to it (409 otherwise). The provider is asked to log you in anew (prompt=login, max_age=300); a login older than that is refused. The browser comes back to `next` with `#reauth=<proof>&operation=…` in the fragment: send the proof as reauthProof, once, within 10 minutes, for that change of this account only. A failure comes back as `next?sso-error=<code>`. Needs a login session.
         */
        post: operations["startSsoReauthentication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/sso/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlink a provider login from your account
         * @description The provider's logins stop opening your account (a link still waiting for its mail is cancelled too). Refused with 409 when nothing else would open it: no other linked login and no password that works here. Needs a login session.
         */
        delete: operations["unlinkSsoLogin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sso/confirm-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm, with the token from the mail, that a provider login may open your account
         * @description The link works once, for 24 hours. If the address of the account was never confirmed, following the link confirms it and ends every session, token and password of the account (anyone could have signed up with it): log in with the provider afterwards.
         */
        post: operations["confirmSsoLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/roadmaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roadmaps you follow (and those you stopped following) */
        get: operations["listFollowedRoadmaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/roadmaps/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Follow a roadmap (or change your pace, or resume)
         * @description Idempotent: the same call twice leaves one record.
         */
        put: operations["followRoadmap"];
        post?: never;
        /**
         * Stop following a roadmap
         * @description Your record and progress are kept; follow again to resume.
         */
        delete: operations["unfollowRoadmap"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your activity: what you marked, noted and assessed, newest first */
        get: operations["listMyActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/streak": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your streak: days in a row with progress, in your time zone */
        get: operations["getMyStreak"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/public-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your public-profile settings */
        get: operations["getMyPublicProfile"];
        /**
         * Turn your public profile on or off and choose what it shows
         * @description Off unless enabled; shows your name, handle and bio, and progress or streak only if chosen.
         */
        put: operations["updateMyPublicProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A learner's public profile (only what they chose to share) */
        get: operations["getPublicProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/progress/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge progress kept in the browser before signing up
         * @description Merge rule: the further-along status (todo < skipped < in_progress < done), the more confident self-assessment and the later-written note win. Importing the same data again changes nothing.
         */
        post: operations["importMyProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/progress/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download your progress as JSON or CSV */
        get: operations["exportMyProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roadmaps/{slug}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview the plan at your pace (no account needed)
         * @description The roadmap's month plan scaled to your hours a week, with a date for each stage. The time comes from the roadmap's duration anchors: months = a·hours^(−b) fitted through them.
         */
        get: operations["previewRoadmapPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/roadmaps/{slug}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your plan, and whether you are on track, ahead or behind
         * @description At the pace and start date you follow the roadmap with; the projected finish uses your real pace.
         */
        get: operations["getMyRoadmapPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/roadmaps/{slug}/plan.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your plan as a calendar (RFC 5545): one all-day event per stage */
        get: operations["getMyRoadmapPlanCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/roadmaps/{slug}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your progress: per tier and overall, the next step, checklist readiness */
        get: operations["getMyRoadmapProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/roadmaps/{slug}/steps/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the status of a step
         * @description todo, in_progress, done or skipped. Idempotent; the last write wins.
         */
        put: operations["setStepStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/roadmaps/{slug}/steps/{stepId}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your private note on a step */
        get: operations["getStepNote"];
        /** Write your private note on a step (Markdown, up to 10,000 characters) */
        put: operations["setStepNote"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/roadmaps/{slug}/checklist/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assess yourself on a job-ready checklist item
         * @description not_yet, partly or confident. Idempotent; the last write wins.
         */
        put: operations["assessChecklistItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/roadmaps/{slug}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed on a roadmap since you were last here
         * @description The steps added, changed and moved on your path (the steps the roadmap has now) between the version you last saw and the current one. Empty lists when you are up to date, or when you never saw a version (`seenVersion` null).
         */
        get: operations["getRoadmapChangesSinceSeen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/roadmaps/{slug}/changes/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Dismiss the notice: you have seen this version
         * @description A version beyond the current one is a 400 naming `/version`. A later version seen is kept.
         */
        put: operations["dismissRoadmapChanges"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/bookmarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The steps you bookmarked, newest first */
        get: operations["listMyBookmarks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/bookmarks/{slug}/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your bookmark of a step, if you made one */
        get: operations["getMyBookmark"];
        /**
         * Bookmark a step
         * @description Idempotent: 201 the first time, 200 with the same bookmark after. An account keeps at most 500 bookmarks: a 409 asks you to remove one first.
         */
        put: operations["bookmarkStep"];
        post?: never;
        /** Remove a bookmark */
        delete: operations["removeMyBookmark"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roadmaps/{slug}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a draft of a published roadmap
         * @description The draft starts as the roadmap learners see now: every section, the steps and the FAQ, as one document. Answers 201 with Location and ETag. For a new roadmap use POST /v1/drafts.
         */
        post: operations["startRoadmapDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the drafts of every editor
         * @description Newest first, cursor-paginated. Discarded drafts are left out unless asked for with `status=discarded`.
         */
        get: operations["listDrafts"];
        put?: never;
        /**
         * Start a draft of a new roadmap
         * @description From a skeleton to fill in (`from: empty`) or as a copy of another published roadmap (`from: roadmap`), under a new slug that no published roadmap has (409 otherwise). Answers 201 with Location and ETag.
         */
        post: operations["startNewRoadmapDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a draft
         * @description The whole document, with the ETag of its revision (header and `etag`) to send as If-Match.
         */
        get: operations["getDraft"];
        put?: never;
        post?: never;
        /**
         * Discard a draft
         * @description The draft is kept, marked discarded, for the audit log; it can no longer change. With If-Match, only if it is still at that revision (412 otherwise).
         */
        delete: operations["discardDraft"];
        options?: never;
        head?: never;
        /**
         * Change a draft
         * @description Either a JSON Patch (`application/json-patch+json`, RFC 6902) or whole top-level sections (`application/merge-patch+json` or `application/json`, RFC 7386). If-Match is required (428 without it); a stale one gets 412 and changes nothing. The result must pass the checks of a content import: a 400 names each problem by its JSON pointer in the document (`in: 'document'`). A JSON Patch operation that cannot be applied is a 400 (a failed `test` a 409) naming the operation by its index. A draft in review, published or discarded cannot change (409 naming `status`); a change of an approved draft makes it a draft again.
         */
        patch: operations["changeDraft"];
        trace?: never;
    };
    "/v1/drafts/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview a draft as learners would get it
         * @description The same answer as GET /v1/roadmaps/{slug} would give once the draft is published; `updatedAt` is the draft’s last change. Nothing is written.
         */
        get: operations["previewDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roadmaps/{slug}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a published roadmap as content files
         * @description The files of the roadmap learners see now, as `waymark content export --roadmap` writes them: put `roadmaps/<slug>/` in a content folder and an import makes the same roadmap. Nothing is written.
         */
        get: operations["exportRoadmap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a draft as content files
         * @description The draft’s document as the files of its roadmap, as `waymark content export --draft` writes them: imported, they give what the draft’s preview shows. Nothing is written.
         */
        get: operations["exportDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft for review
         * @description A draft being written (`status: draft`) goes to `in_review`; from any other status a 409 names `status`. If-Match is required (428 without it, 412 when stale): reviewers read the revision you submitted.
         */
        post: operations["submitDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the review thread of a draft
         * @description Every comment, request for changes and approval, oldest first.
         */
        get: operations["listDraftReviews"];
        put?: never;
        /**
         * Comment on, ask for changes to, or approve a draft in review
         * @description Only a draft `in_review` (409 naming `status` otherwise). `changes_requested` sends it back to `draft`; `approved` makes it `approved` at its current revision (any later change sends it back to `draft`). The editor who started the draft cannot approve it (403) unless DRAFTS_SINGLE_EDITOR allows it.
         */
        post: operations["reviewDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What publishing a draft would change
         * @description The roadmap’s latest published version compared with the draft, in the shape of a diff between two versions (GET /v1/roadmaps/{slug}/versions/{from}/diff/{to}); `from` is null for a new roadmap, whose every step and text reads as added. Removed steps are the ones a publish maps to successors or retires.
         */
        get: operations["diffDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an approved draft
         * @description The draft becomes the roadmap learners see, with a new version carrying the notes, all in one transaction. Only an `approved` draft at the revision approved (409 naming `status` otherwise); If-Match is required (428, 412). 409 naming `basedOn` when the published roadmap changed since the draft started, and 409 naming the step ids when the draft removes steps learners have progress on that `mapping` neither maps nor retires (`/checklistMapping` and the item ids for removed checklist items learners answered); 400 naming `/mapping/<i>/from` or `/mapping/<i>/to/<j>` (or `/checklistMapping/…`) for an unknown id or a cycle. Nothing changes then. The mapping carries learners’ statuses, notes and bookmarks to the successors, the checklist mapping their checklist answers.
         */
        post: operations["publishDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roadmaps/{slug}/forks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fork a roadmap
         * @description A new roadmap of its own (its slug, versions and learners) laid on the latest version of this one with an empty overlay, published as its version 1. 404 when there is no such roadmap; 409 naming `slug` when a roadmap has that slug.
         */
        post: operations["createFork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The forks, with their upstream, versions and open proposal
         * @description Every fork on the instance (editors may edit them all), in slug order, without their overlays (GET /v1/forks/{slug} gives one). `nextCursor` leads to the next page.
         */
        get: operations["listForks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forks/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a fork: its overlay and the upstream version it is laid on */
        get: operations["getFork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forks/{slug}/overlay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a fork’s overlay and publish its next version
         * @description The overlay is checked against the upstream version the fork is laid on: an entry naming a step or tier it does not have, or an unknown resource, is a 400 naming `/overlay/…`. If-Match is required (428, 412). 409 when it would remove steps learners of the fork have progress on. Nothing changes on a refusal.
         */
        put: operations["changeForkOverlay"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forks/{slug}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The proposals to follow the upstream’s new versions */
        get: operations["listForkProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fork-proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a proposal: what upstream changed, where it touches the overlay, and the result
         * @description `diff` is the upstream’s change between the two versions, `touches` the overlay entries it concerns, `dropped` the entries that no longer apply, and `result` the fork as accepting would publish it.
         */
        get: operations["getForkProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fork-proposals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a proposal: the fork follows the new upstream version
         * @description Publishes the fork’s next version on the proposed upstream version, with the proposal’s overlay or an adjusted one sent here (checked as for PUT /v1/forks/{slug}/overlay). If-Match is the fork’s ETag (`forkEtag`; 428, 412). 409 naming `status` when the proposal is not open.
         */
        post: operations["acceptForkProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fork-proposals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a proposal: the fork stays on its upstream version
         * @description 409 naming `status` when the proposal is not open.
         */
        post: operations["declineForkProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cohorts you mentor */
        get: operations["listMyMentoredCohorts"];
        put?: never;
        /**
         * Create a cohort for a published roadmap
         * @description Its schedule is the roadmap’s month plan at the cohort’s pace from its start date: each stage is due on the last day the plan gives it. You become its first mentor. 400 naming `/roadmap` when there is no such published roadmap.
         */
        post: operations["createCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cohort you mentor: its schedule, mentors and join code */
        get: operations["getCohort"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move the due dates of some stages
         * @description The stages not named keep their dates. The first due date must be on or after the start date, and each after the one before: otherwise a 400 naming `/stages/{i}/dueOn`. 409 once the cohort is archived; nothing changes on a refusal.
         */
        patch: operations["changeCohortSchedule"];
        trace?: never;
    };
    "/v1/cohorts/{id}/mentors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add another mentor to the cohort
         * @description By the address of an account with the mentor or admin role (400 naming `/email` otherwise). Adding a mentor twice changes nothing. 409 once the cohort is archived; nothing changes on a refusal.
         */
        post: operations["addCohortMentor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite learners by email
         * @description Each address gets a mail with its own link, which works once, for 14 days, for whoever signs in with it. Mail to one address is capped per hour (MAIL_PER_ADDRESS_PER_HOUR). 409 once the cohort is archived; nothing changes on a refusal.
         */
        post: operations["inviteToCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/join-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn joining by code on, with a new code
         * @description The previous code, if any, stops working at once. 409 once the cohort is archived; nothing changes on a refusal.
         */
        post: operations["renewCohortJoinCode"];
        /**
         * Turn joining by code off
         * @description The code stops working at once; invites still work. 409 once the cohort is archived; nothing changes on a refusal.
         */
        delete: operations["turnOffCohortJoinCode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive the cohort: it stays readable, and nothing in it changes any more
         * @description Its join code is turned off. Members can still leave. 409 once the cohort is archived; nothing changes on a refusal.
         */
        post: operations["archiveCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How each current member is doing against the cohort’s schedule
         * @description Progress on the cohort’s roadmap only, never notes: done steps and hours against where the schedule says a member should be today (ahead, on track, behind by how many days), and who has not started. Members who left are not listed.
         */
        get: operations["listCohortMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cohort at a glance: members by status, where they stall, checklist readiness
         * @description Counts and steps only: which members stall where is in the members’ table (sorted by last activity), and no note is read. A step stalls when members have had it in progress with no activity for `idleDays`, when they take longest on it, or when they vote it not helpful.
         */
        get: operations["getCohortDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the cohort’s members did lately on its roadmap
         * @description Steps followed, stopped, marked; checklist items answered (not the answer). Notes are never listed, nor anything a member did before joining or after leaving.
         */
        get: operations["listCohortActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/members.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The members’ table as CSV, with the same filters and order as the members’ list
         * @description RFC 4180. Text that a spreadsheet would run as a formula (starting with =, +, -, @) gets a leading quote.
         */
        get: operations["getCohortMembersCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cohorts/accept-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a cohort with the token from a mailed invite
         * @description 400 naming `/token` when the invite was used, expired or never sent. Joining again while a member changes nothing; coming back after leaving joins anew. 409 when the cohort is archived or you mentor it. Nothing is written on a refusal.
         */
        post: operations["acceptCohortInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cohorts/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a cohort with the join code its mentor shared
         * @description 400 naming `/code` when no cohort takes the code now. Joining again while a member changes nothing; coming back after leaving joins anew. 409 when the cohort is archived or you mentor it. Nothing is written on a refusal.
         */
        post: operations["joinCohortByCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cohorts you belong to, with their due dates */
        get: operations["listMyCohorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cohorts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cohort you belong to, with its due dates and mentors */
        get: operations["getMyCohort"];
        put?: never;
        post?: never;
        /**
         * Leave a cohort
         * @description At once, its mentors no longer see you. Allowed in an archived cohort too. 404 when you do not belong to it.
         */
        delete: operations["leaveCohort"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cohorts/{id}/what-mentors-see": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exactly what the cohort’s mentors see of you
         * @description The same answer, from the same query, as your entry in the mentors’ list of members.
         */
        get: operations["getWhatMyMentorsSee"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message to one member or to every current member of a cohort you mentor
         * @description Each recipient finds it among their messages and gets it by mail. 400 naming `/to` when that person is not a current member; 409 once the cohort is archived; 429 with Retry-After beyond COHORT_MESSAGES_PER_HOUR messages from you to this cohort in an hour. Nothing is written on a refusal.
         */
        post: operations["sendCohortMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Messages from the mentors of your cohorts, newest first
         * @description Messages stay yours after you leave a cohort.
         */
        get: operations["listMyMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/messages/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark one of your messages read
         * @description Marking it again keeps the first time. 404 when it was not sent to you.
         */
        put: operations["markMyMessageRead"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/roadmaps/{slug}/steps/{stepId}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your submissions for a step, with their reviews and comments */
        get: operations["listMyStepSubmissions"];
        put?: never;
        /**
         * Submit the project of a step for review by the mentors of your cohort
         * @description Your earlier submission for the step, if any, stays in the thread as superseded. 404 for a step the roadmap does not have (now); 409 when you are in no running cohort on this roadmap.
         */
        post: operations["submitProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One submission with its thread: yours, or one you may review as a mentor
         * @description 404 unless you submitted it or mentor a cohort on its roadmap that its learner is in now.
         */
        get: operations["getSubmission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submission, or ask for changes with a comment
         * @description The learner is told by mail and in their thread. 404 outside your cohorts; 409 for a submission that was superseded or already reviewed, or when the cohort is archived. Nothing is written on a refusal.
         */
        post: operations["reviewSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write in a submission’s thread, as its learner or as a mentor who may review it
         * @description A mentor’s comment is mailed to the learner. 404 for anyone else; 409 in an archived cohort.
         */
        post: operations["commentOnSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The review queue of a cohort you mentor: its current members’ submissions, oldest first
         * @description Only submissions on the cohort’s roadmap by people in the cohort now, each with how long it waited. An archived cohort’s queue can still be read.
         */
        get: operations["listCohortSubmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/nudges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The automatic nudges of a cohort you mentor
         * @description A daily job sends each current member whom a rule matches one nudge a week at most for that rule, as a message from the cohort (in their messages and by mail), unless they turned nudges off. Until a mentor sets them, both are off.
         */
        get: operations["getCohortNudges"];
        /**
         * Turn the automatic nudges of a cohort you mentor on or off, and set their days
         * @description A daily job sends each current member whom a rule matches one nudge a week at most for that rule, as a message from the cohort (in their messages and by mail), unless they turned nudges off. 409 once the cohort is archived; nothing is written on a refusal.
         */
        put: operations["setCohortNudges"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cohorts/{id}/nudges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a cohort you belong to sends you automatic nudges, and its rules */
        get: operations["getMyCohortNudges"];
        /**
         * Turn a cohort’s automatic nudges off for you, or on again
         * @description Messages your mentors write themselves still reach you. 404 when you do not belong to the cohort.
         */
        put: operations["setMyCohortNudges"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your personal access tokens that still work
         * @description Newest first; at most 50, the most an account can have.
         */
        get: operations["listPersonalTokens"];
        put?: never;
        /**
         * Create a personal access token for a program
         * @description Needs a confirmed email address and a login session. The token is shown once. It can use only the scopes given, and only while your role holds them; never on the routes that need a login session. An account can have at most 50 tokens that work at once: a 409 asks you to revoke one first.
         */
        post: operations["createPersonalToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a personal access token */
        delete: operations["revokePersonalToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search and list users */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's role */
        patch: operations["updateUserRole"];
        trace?: never;
    };
    "/v1/admin/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a user and end all their sessions */
        post: operations["disableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled user */
        post: operations["enableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit log, newest first
         * @description Logins, password and role changes, disabled accounts, refresh-token reuse: who, what, when, from where.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say whether a roadmap or one of its sections helped
         * @description No account needed: a visitor gets an anonymous id in a signed, HttpOnly cookie, and voting again on the same target changes the vote. Signed in (Authorization header), the vote is tied to the account. An optional comment goes to the editors; doubtful ones wait in quarantine. Leave `website` out or empty.
         */
        post: operations["sendFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many found a roadmap, or a section of it, helpful
         * @description Every target of the roadmap that has votes, or only `target`.
         */
        get: operations["getFeedbackSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readers' comments, newest first (editors)
         * @description Filter by state (new, quarantined, approved, hidden, addressed) and roadmap.
         */
        get: operations["listFeedbackComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/comments/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many comments are in each state (editors)
         * @description For the tabs of the moderation inbox: new, quarantined, approved, hidden, addressed and all.
         */
        get: operations["countFeedbackComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/comments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a comment (editors) */
        post: operations["approveFeedbackComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/comments/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide a comment (editors) */
        post: operations["hideFeedbackComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/comments/{id}/address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a comment addressed, with a note on what was done (editors) */
        post: operations["addressFeedbackComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a comment (editors) */
        delete: operations["deleteFeedbackComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roadmaps/{slug}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A roadmap's analytics (editors)
         * @description Helpfulness per section ranked by the 95 % Wilson lower bound; the learner funnel (followed → started step k → finished step k) with drop-offs; active learners per ISO week; median time per step. Figures come from the rollup job (see computedAt), not from live rows.
         */
        get: operations["getRoadmapAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute the analytics of every roadmap now (editors)
         * @description Queues the rollup job (which otherwise runs every hour) and answers at once; the analytics say `recomputing` until it starts and show the new computedAt once it has run. Asking again while one is waiting queues nothing more. Audited.
         */
        post: operations["recomputeAnalytics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roadmaps/{slug}/analytics.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A roadmap's analytics as CSV (editors)
         * @description One figure per row: metric, subject (a target, step or week), value.
         */
        get: operations["getRoadmapAnalyticsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description URI reference naming the kind of problem */
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description The path of the request that failed */
            instance: string;
            /** @description Quote it when you report the problem */
            requestId: string;
            /** @description One entry per invalid field */
            errors?: {
                /** @description query, params, body or headers */
                in: string;
                /** @description JSON pointer (RFC 6901) to the field */
                pointer: string;
                detail: string;
                /** @description The schema rule that failed (JSON Schema keyword: minLength, maximum, format, …) */
                code?: string;
                /** @description The rule's bound, for minLength, maximum and the like */
                limit?: number;
                /** @description For code format: the format the value is not in (email, date, …) */
                format?: string;
            }[];
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        status: "ready" | "not-ready";
                        checks: {
                            database: {
                                /** @enum {unknown} */
                                status: "ok" | "failing";
                                detail?: string;
                            };
                            migrations: {
                                /** @enum {unknown} */
                                status: "ok" | "failing";
                                detail?: string;
                            };
                            shutdown?: {
                                /** @enum {unknown} */
                                status: "ok" | "failing";
                                detail?: string;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        status: "ready" | "not-ready";
                        checks: {
                            database: {
                                /** @enum {unknown} */
                                status: "ok" | "failing";
                                detail?: string;
                            };
                            migrations: {
                                /** @enum {unknown} */
                                status: "ok" | "failing";
                                detail?: string;
                            };
                            shutdown?: {
                                /** @enum {unknown} */
                                status: "ok" | "failing";
                                detail?: string;
                            };
                        };
                    };
                };
            };
        };
    };
    getVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: string;
                        commit: string | null;
                        buildTime: string | null;
                        node: string;
                    };
                };
            };
        };
    };
    getInstance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The organisation hosting this Waymark (BRAND_NAME).
                         * @example Waymark
                         */
                        name: string;
                        /** @description Its logo: an absolute URL, or /v1/instance/logo when Waymark serves the file; null without one. */
                        logoUrl: string | null;
                        /** @description The accent colour and the text on it, in the light theme and its derived dark variant. */
                        accent: {
                            /** @example #1d4ed8 */
                            light: string;
                            /** @example #1d4ed8 */
                            lightText: string;
                            /** @example #1d4ed8 */
                            dark: string;
                            /** @example #1d4ed8 */
                            darkText: string;
                        };
                        contentLicence: {
                            name: string;
                            url: string;
                        };
                    };
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInstanceLogo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/*": string;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": unknown;
                    "image/png": unknown;
                    "image/webp": unknown;
                    "image/jpeg": unknown;
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoadmaps: {
        parameters: {
            query?: {
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            slug: string;
                            title: string;
                            summary: string;
                            license: {
                                /** @enum {unknown} */
                                id: "CC-BY-SA-4.0";
                                name: string;
                                url: string;
                            };
                            /** @description The job the roadmap leads to, lower case */
                            role: string;
                            /**
                             * @description beginner, intermediate or advanced
                             * @enum {unknown}
                             */
                            level: "beginner" | "intermediate" | "advanced";
                            /** @description The edition a reader sees: "Roadmap · <year>, updated <date>" */
                            edition: {
                                year: number;
                                /** @description A calendar date, YYYY-MM-DD */
                                updated: string;
                            };
                            /** @description What a learner can do at the end */
                            outcomes: string[];
                            durations: {
                                /** @description Stable kebab-case id */
                                id: string;
                                label: string;
                                /** @description Hours of study per week */
                                hoursPerWeek: {
                                    min: number;
                                    max: number;
                                };
                                /** @description Months to finish at that pace */
                                months: {
                                    min: number;
                                    max: number;
                                };
                                note?: string;
                            }[];
                            /** @description The shortest and the longest time to finish, over every pace in durations */
                            months: {
                                min: number;
                                max: number;
                            };
                            stats: {
                                tiers: number;
                                steps: number;
                                estimatedHours: number;
                                resources: number;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoadmap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        title: string;
                        summary: string;
                        license: {
                            /** @enum {unknown} */
                            id: "CC-BY-SA-4.0";
                            name: string;
                            url: string;
                        };
                        /** @description The job the roadmap leads to, lower case */
                        role: string;
                        /**
                         * @description beginner, intermediate or advanced
                         * @enum {unknown}
                         */
                        level: "beginner" | "intermediate" | "advanced";
                        /** @description The edition a reader sees: "Roadmap · <year>, updated <date>" */
                        edition: {
                            year: number;
                            /** @description A calendar date, YYYY-MM-DD */
                            updated: string;
                        };
                        /** @description What a learner can do at the end */
                        outcomes: string[];
                        duties: {
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            detail: string;
                        }[];
                        keepInMind: {
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            detail: string;
                        }[];
                        /** @description Markdown */
                        intro: string;
                        audience: string[];
                        beforeYouStart: {
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            detail: string;
                        }[];
                        durations: {
                            /** @description Stable kebab-case id */
                            id: string;
                            label: string;
                            /** @description Hours of study per week */
                            hoursPerWeek: {
                                min: number;
                                max: number;
                            };
                            /** @description Months to finish at that pace */
                            months: {
                                min: number;
                                max: number;
                            };
                            note?: string;
                        }[];
                        history: {
                            /** @description Stable kebab-case id */
                            id: string;
                            period: string;
                            title: string;
                            summary: string;
                        }[];
                        market: {
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            /** @description Markdown */
                            body: string;
                        }[];
                        tiers: {
                            id: string;
                            title: string;
                            summary: string;
                            estimatedHours: number;
                            steps: {
                                id: string;
                                tierId: string;
                                /** @description Position in the whole path, from 1 */
                                number: number;
                                title: string;
                                summary: string;
                                /** @description Markdown */
                                body: string;
                                topics: string[];
                                estimatedHours: number;
                                resources: {
                                    id: string;
                                    /**
                                     * @description guide, cheatsheet, review, article, video, course, book, or docs (official documentation)
                                     * @enum {unknown}
                                     */
                                    type: "guide" | "cheatsheet" | "review" | "article" | "video" | "course" | "book" | "docs";
                                    title: string;
                                    url: string;
                                    publisher: string | null;
                                    free: boolean;
                                    /** @description What the link check last found */
                                    link: {
                                        /**
                                         * @description ok: the page answers; moved: it answers at another address after a permanent redirect; error: the last check failed (not found, timeout, refused, blocked), not yet often enough to call it dead; dead: it failed three checks in a row over at least a day
                                         * @enum {unknown}
                                         */
                                        state: "ok" | "moved" | "dead" | "error";
                                        /**
                                         * Format: date-time
                                         * @description When the link was last checked
                                         */
                                        checkedAt: string;
                                    } | null;
                                }[];
                                /** @description Other published roadmaps that have a step with the same id, in slug order */
                                alsoIn: {
                                    slug: string;
                                    title: string;
                                }[];
                            }[];
                        }[];
                        plan: {
                            summary?: string;
                            months: {
                                month: number;
                                title: string;
                                goals: string[];
                                /** @description Hours of study per week this month */
                                hoursPerWeek: {
                                    min: number;
                                    max: number;
                                };
                                steps: string[];
                            }[];
                        };
                        priorities: {
                            rank: number;
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            reason: string;
                            steps?: string[];
                        }[];
                        challenges: {
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            /** @description What it looks like */
                            symptoms: string;
                            /** @description How to get through it */
                            remedy: string;
                        }[];
                        checklist: {
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            detail: string;
                        }[];
                        faq: {
                            /** @description Stable kebab-case id */
                            id: string;
                            question: string;
                            /** @description Markdown answer */
                            answer: string;
                        }[];
                        alternatives: {
                            id: string;
                            title: string;
                            detail: string;
                            /** @description The Waymark roadmap for that path; null when there is none, or it is not published */
                            roadmap: {
                                slug: string;
                                title: string;
                            } | null;
                        }[];
                        closings: {
                            /** @description Markdown */
                            history?: string;
                            /** @description Markdown */
                            market?: string;
                            /** @description Markdown */
                            checklist?: string;
                        };
                        /** @description Markdown */
                        conclusion: string;
                        stats: {
                            tiers: number;
                            steps: number;
                            estimatedHours: number;
                            resources: number;
                        };
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The latest published version (its changelog: GET /v1/roadmaps/{slug}/versions); null only for a roadmap that no import or publish has written since versions began */
                        version: {
                            number: number;
                            /** Format: date-time */
                            publishedAt: string;
                        } | null;
                    };
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoadmapStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        tierId: string;
                        /** @description Position in the whole path, from 1 */
                        number: number;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        body: string;
                        topics: string[];
                        estimatedHours: number;
                        resources: {
                            id: string;
                            /**
                             * @description guide, cheatsheet, review, article, video, course, book, or docs (official documentation)
                             * @enum {unknown}
                             */
                            type: "guide" | "cheatsheet" | "review" | "article" | "video" | "course" | "book" | "docs";
                            title: string;
                            url: string;
                            publisher: string | null;
                            free: boolean;
                            /** @description What the link check last found */
                            link: {
                                /**
                                 * @description ok: the page answers; moved: it answers at another address after a permanent redirect; error: the last check failed (not found, timeout, refused, blocked), not yet often enough to call it dead; dead: it failed three checks in a row over at least a day
                                 * @enum {unknown}
                                 */
                                state: "ok" | "moved" | "dead" | "error";
                                /**
                                 * Format: date-time
                                 * @description When the link was last checked
                                 */
                                checkedAt: string;
                            } | null;
                        }[];
                        /** @description Other published roadmaps that have a step with the same id, in slug order */
                        alsoIn: {
                            slug: string;
                            title: string;
                        }[];
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        tier: {
                            id: string;
                            title: string;
                        };
                        previous: {
                            id: string;
                            title: string;
                        } | null;
                        next: {
                            id: string;
                            title: string;
                        } | null;
                    };
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoadmapVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Newest first */
                        items: {
                            number: number;
                            /** Format: date-time */
                            publishedAt: string;
                            /** @description The change notes it was published with */
                            notes: string;
                            /**
                             * @description import: from the content files; app: published in the app
                             * @enum {unknown}
                             */
                            source: "import" | "app" | "fork";
                            /** @description Compared with the version before; all zero for version 1 */
                            changes: {
                                stepsAdded: number;
                                stepsRemoved: number;
                                /** @description Moved, renamed, or with a text changed */
                                stepsChanged: number;
                                /** @description Texts of steps and of the roadmap that differ */
                                textsChanged: number;
                            };
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoadmapVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
                /** @description A version number: 1, 2, … */
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        number: number;
                        /** Format: date-time */
                        publishedAt: string;
                        /** @description The change notes it was published with */
                        notes: string;
                        /**
                         * @description import: from the content files; app: published in the app
                         * @enum {unknown}
                         */
                        source: "import" | "app" | "fork";
                        document: {
                            /** @description Stable kebab-case id */
                            slug: string;
                            title: string;
                            summary: string;
                            /** @enum {unknown} */
                            license: "CC-BY-SA-4.0";
                            /** @description The job this roadmap leads to, lower case, as in "what a <role> does" */
                            role: string;
                            /**
                             * @description beginner, intermediate or advanced
                             * @enum {unknown}
                             */
                            level: "beginner" | "intermediate" | "advanced";
                            /** @description The edition a reader sees: "Roadmap · <year>, updated <date>" */
                            edition: {
                                year: number;
                                /** @description A calendar date, YYYY-MM-DD */
                                updated: string;
                            };
                            /** @description What a learner can do at the end */
                            outcomes: string[];
                            duties: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            keepInMind: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            /** @description Markdown: what the roadmap is and how to use it */
                            intro: string;
                            audience: string[];
                            beforeYouStart: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            durations: {
                                /** @description Stable kebab-case id */
                                id: string;
                                label: string;
                                /** @description Hours of study per week */
                                hoursPerWeek: {
                                    min: number;
                                    max: number;
                                };
                                /** @description Months to finish at that pace */
                                months: {
                                    min: number;
                                    max: number;
                                };
                                note?: string;
                            }[];
                            history: {
                                /** @description Stable kebab-case id */
                                id: string;
                                period: string;
                                title: string;
                                summary: string;
                            }[];
                            market: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description Markdown */
                                body: string;
                            }[];
                            tiers: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                steps: string[];
                            }[];
                            plan: {
                                summary?: string;
                                months: {
                                    month: number;
                                    title: string;
                                    goals: string[];
                                    /** @description Hours of study per week this month */
                                    hoursPerWeek: {
                                        min: number;
                                        max: number;
                                    };
                                    steps: string[];
                                }[];
                            };
                            priorities: {
                                rank: number;
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                reason: string;
                                steps?: string[];
                            }[];
                            challenges: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description What it looks like */
                                symptoms: string;
                                /** @description How to get through it */
                                remedy: string;
                            }[];
                            checklist: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            faq: {
                                /** @description Stable kebab-case id */
                                id: string;
                                question: string;
                                /** @description Markdown answer */
                                answer: string;
                            }[];
                            alternatives: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                                /** @description Slug of a Waymark roadmap for that path */
                                roadmap?: string;
                            }[];
                            closings: {
                                /** @description Markdown */
                                history?: string;
                                /** @description Markdown */
                                market?: string;
                                /** @description Markdown */
                                checklist?: string;
                            };
                            /** @description Markdown */
                            conclusion: string;
                            steps: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                topics: string[];
                                estimatedHours: number;
                                resources: string[];
                                /** @description Markdown body of the step */
                                body: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    diffRoadmapVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
                /** @description A version number: 1, 2, … */
                from: number;
                /** @description A version number: 1, 2, … */
                to: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: number;
                        to: number;
                        steps: {
                            added: {
                                id: string;
                                title: string;
                                tierId: string;
                                tierTitle: string;
                                /** @description The step’s number along the whole path */
                                number: number;
                            }[];
                            /** @description Where the step was */
                            removed: {
                                id: string;
                                title: string;
                                tierId: string;
                                tierTitle: string;
                                /** @description The step’s number along the whole path */
                                number: number;
                            }[];
                            /** @description Steps in another tier, or out of their order relative to the steps both versions have */
                            moved: {
                                id: string;
                                title: string;
                                before: {
                                    tierId: string;
                                    tierTitle: string;
                                    /** @description The step’s number along the whole path */
                                    number: number;
                                };
                                after: {
                                    tierId: string;
                                    tierTitle: string;
                                    /** @description The step’s number along the whole path */
                                    number: number;
                                };
                            }[];
                            renamed: {
                                id: string;
                                before: string;
                                after: string;
                            }[];
                        };
                        /** @description Every text that differs, steps first, in the order of the page */
                        texts: {
                            /** @description Where the text is: steps, a roadmap field (title, intro, conclusion, …), a list section (duties, tiers, plan, priorities, challenges, checklist, faq, …) or closings */
                            section: string;
                            /** @description The step or item of the section (a plan month is month-<n>); null for the section itself */
                            itemId: string | null;
                            /** @description What a reader calls that item, as it is now */
                            itemTitle: string | null;
                            /** @description The field that changed, e.g. body, summary, estimatedHours, answer */
                            field: string;
                            /** @description The old text; null when the item is new */
                            before: string | null;
                            /** @description The new text; null when the item was removed */
                            after: string | null;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listResources: {
        parameters: {
            query?: {
                /** @description Roadmap slug */
                roadmap?: string;
                /** @description A step id; needs `roadmap` */
                step?: string;
                /** @description guide, cheatsheet, review, article, video, course, book, or docs (official documentation) */
                type?: "guide" | "cheatsheet" | "review" | "article" | "video" | "course" | "book" | "docs";
                /** @description Words to look for (web-search syntax: "quoted phrase", -exclude, or) */
                q?: string;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /**
                             * @description guide, cheatsheet, review, article, video, course, book, or docs (official documentation)
                             * @enum {unknown}
                             */
                            type: "guide" | "cheatsheet" | "review" | "article" | "video" | "course" | "book" | "docs";
                            title: string;
                            url: string;
                            publisher: string | null;
                            description: string;
                            free: boolean;
                            topics: string[];
                            /** @description Published steps that link to this resource */
                            usedBy: {
                                roadmap: string;
                                stepId: string;
                                stepTitle: string;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listResourceLinks: {
        parameters: {
            query?: {
                /** @description ok: the page answers; moved: it answers at another address after a permanent redirect; error: the last check failed (not found, timeout, refused, blocked), not yet often enough to call it dead; dead: it failed three checks in a row over at least a day */
                state?: "ok" | "moved" | "dead" | "error";
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            resource: {
                                id: string;
                                /**
                                 * @description guide, cheatsheet, review, article, video, course, book, or docs (official documentation)
                                 * @enum {unknown}
                                 */
                                type: "guide" | "cheatsheet" | "review" | "article" | "video" | "course" | "book" | "docs";
                                title: string;
                                url: string;
                                publisher: string | null;
                            };
                            /** @description Published roadmap steps that link to the resource */
                            usedBy: {
                                roadmap: string;
                                stepId: string;
                                stepTitle: string;
                            }[];
                            /**
                             * @description ok: the page answers; moved: it answers at another address after a permanent redirect; error: the last check failed (not found, timeout, refused, blocked), not yet often enough to call it dead; dead: it failed three checks in a row over at least a day
                             * @enum {unknown}
                             */
                            state: "ok" | "moved" | "dead" | "error";
                            /**
                             * Format: date-time
                             * @description When the link came into this state
                             */
                            since: string;
                            /** Format: date-time */
                            checkedAt: string;
                            /**
                             * @description ok: the page answers; moved: it answers at another address after a permanent redirect; error: the last check failed (not found, timeout, refused, blocked), not yet often enough to call it dead; dead: it failed three checks in a row over at least a day
                             * @enum {unknown}
                             */
                            lastOutcome: "ok" | "moved" | "dead" | "error";
                            /** @description The last answer; null when none came */
                            httpStatus: number | null;
                            /** @description Where the last check ended after redirects: the new address of a moved link */
                            finalUrl: string | null;
                            /** @description What the last check found, in words; empty when all was well */
                            reason: string;
                            consecutiveFailures: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkResourceLinks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        queued: true;
                        /** @description true when a run was already waiting: no second one is queued */
                        alreadyQueued: boolean;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /** @description Words to look for (web-search syntax: "quoted phrase", -exclude, or) */
                q: string;
                /** @description Hits per page (1–50) */
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description Search the words exactly as typed, never correcting them */
                exact?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        query: string;
                        /** @description When a word as typed is in no published text and the query with the closest published words instead finds more: that query, which the results are for ("Showing results for …"); null otherwise, and always with `exact` */
                        correctedQuery: string | null;
                        items: {
                            /** @enum {unknown} */
                            kind: "roadmap" | "step" | "faq" | "resource" | "hub";
                            /** @description Roadmap slug, step id, FAQ entry id, resource id or hub entry id */
                            id: string;
                            /** @description The roadmap it belongs to (null for resources and hub entries) */
                            roadmap: string | null;
                            title: string;
                            /** @description Plain text around the match, without Markdown marks */
                            snippet: string;
                            /** @description The matched words of the snippet, in order */
                            highlights: {
                                /** @description Where a matched word starts in the snippet (UTF-16 index) */
                                start: number;
                                /** @description Where it ends, exclusive */
                                end: number;
                            }[];
                            rank: number;
                            /** @description Where to read it in this API */
                            path: string | null;
                            /** @description External address (resources only) */
                            url: string | null;
                            /** @description Where a reader goes for it: its page in the web app (an FAQ entry: its roadmap page at #faq-<id>), or a resource's own address */
                            href: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHubEntries: {
        parameters: {
            query?: {
                /** @description guide, review or cheatsheet */
                kind?: "guide" | "review" | "cheatsheet";
                /** @description One of the entry’s topics, exactly */
                topic?: string;
                /** @description Roadmap slug */
                roadmap?: string;
                /** @description A step id; needs `roadmap` */
                step?: string;
                /** @description beginner, intermediate or advanced */
                level?: "beginner" | "intermediate" | "advanced";
                /** @description Words to look for (web-search syntax: "quoted phrase", -exclude, or) */
                q?: string;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /**
                             * @description guide, review or cheatsheet
                             * @enum {unknown}
                             */
                            kind: "guide" | "review" | "cheatsheet";
                            title: string;
                            summary: string;
                            /**
                             * @description beginner, intermediate or advanced
                             * @enum {unknown}
                             */
                            level: "beginner" | "intermediate" | "advanced";
                            topics: string[];
                            /** @description The published roadmap steps it helps with */
                            steps: {
                                roadmap: string;
                                stepId: string;
                                stepTitle: string;
                            }[];
                            /**
                             * Format: date
                             * @description When the entry was last revised
                             */
                            updated: string;
                            /** @description A review’s rating; null for guides and cheatsheets */
                            rating: number | null;
                        }[];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHubEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Hub entry id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "guide";
                        title: string;
                        summary: string;
                        /**
                         * @description beginner, intermediate or advanced
                         * @enum {unknown}
                         */
                        level: "beginner" | "intermediate" | "advanced";
                        topics: string[];
                        /** @description The published roadmap steps it helps with */
                        steps: {
                            roadmap: string;
                            stepId: string;
                            stepTitle: string;
                        }[];
                        /**
                         * Format: date
                         * @description When the entry was last revised
                         */
                        updated: string;
                        /** @description Markdown */
                        body: string;
                        /** @description The ## and ### headings of the body, in order */
                        toc: {
                            /** @description 2 for a ## heading, 3 for ### */
                            level: 2 | 3;
                            /** @description The heading as plain text */
                            text: string;
                            /** @description The id the heading has on the page, for #links */
                            anchor: string;
                        }[];
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "review";
                        title: string;
                        summary: string;
                        /**
                         * @description beginner, intermediate or advanced
                         * @enum {unknown}
                         */
                        level: "beginner" | "intermediate" | "advanced";
                        topics: string[];
                        /** @description The published roadmap steps it helps with */
                        steps: {
                            roadmap: string;
                            stepId: string;
                            stepTitle: string;
                        }[];
                        /**
                         * Format: date
                         * @description When the entry was last revised
                         */
                        updated: string;
                        subject: {
                            name: string;
                            /**
                             * @description book, course, tool, video, docs or article
                             * @enum {unknown}
                             */
                            kind: "book" | "course" | "tool" | "video" | "docs" | "article";
                            url: string;
                            /** @description Author or publisher */
                            by?: string;
                            free: boolean;
                        };
                        verdict: string;
                        /** @description 1 to 5, whole or half points */
                        rating: number;
                        suits: string[];
                        /** @description Empty when the review names no one */
                        notFor: string[];
                        strengths: string[];
                        weaknesses: string[];
                        /**
                         * Format: date
                         * @description When the reviewer last checked it
                         */
                        reviewed: string;
                        /** @description Markdown; may be empty */
                        body: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "cheatsheet";
                        title: string;
                        summary: string;
                        /**
                         * @description beginner, intermediate or advanced
                         * @enum {unknown}
                         */
                        level: "beginner" | "intermediate" | "advanced";
                        topics: string[];
                        /** @description The published roadmap steps it helps with */
                        steps: {
                            roadmap: string;
                            stepId: string;
                            stepTitle: string;
                        }[];
                        /**
                         * Format: date
                         * @description When the entry was last revised
                         */
                        updated: string;
                        /** @description Markdown */
                        body: string;
                    };
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Email address
                     */
                    email: string;
                    /** @description At least 8 characters; any characters */
                    password: string;
                    /** @description Name shown to others */
                    displayName: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The token from the link in the mail */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Confirmed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Email address
                     */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The token from the link in the mail */
                    token: string;
                    /** @description At least 8 characters; any characters */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Password set; log in */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Email address
                     */
                    email: string;
                    /** @description At least 8 characters; any characters */
                    password: string;
                    /**
                     * @description token (default): the refresh token comes in the body, for programs. cookie: for browsers, it comes only in an HttpOnly __Host- cookie, and refresh and logout then need the X-CSRF-Token header.
                     * @enum {unknown}
                     */
                    session?: "token" | "cookie";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        tokenType: "Bearer";
                        /** @description JWT; send as Authorization: Bearer <accessToken> */
                        accessToken: string;
                        /** @description Seconds until the access token expires */
                        expiresIn: number;
                        /** @description Single use: every refresh returns a new one. Absent for browser (cookie) sessions. */
                        refreshToken?: string;
                        /** Format: date-time */
                        refreshTokenExpiresAt: string;
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            displayName: string;
                            /** @enum {unknown} */
                            role: "learner" | "mentor" | "editor" | "admin";
                            emailVerified: boolean;
                            /** @description Whether the account has a password (false: made by an organisation login; a password reset can give it one where passwords work). Without one, deleting the account or changing its address is confirmed with POST /v1/me/sso/{provider}/reauthenticate. */
                            hasPassword: boolean;
                            /** @description IANA time zone your days (streaks) are counted in */
                            timeZone: string;
                            /** @description A weekly mail with your progress and next step (verified addresses) */
                            weeklyDigest: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Omit it when the browser session cookie carries it */
                    refreshToken?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        tokenType: "Bearer";
                        /** @description JWT; send as Authorization: Bearer <accessToken> */
                        accessToken: string;
                        /** @description Seconds until the access token expires */
                        expiresIn: number;
                        /** @description Single use: every refresh returns a new one. Absent for browser (cookie) sessions. */
                        refreshToken?: string;
                        /** Format: date-time */
                        refreshTokenExpiresAt: string;
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            displayName: string;
                            /** @enum {unknown} */
                            role: "learner" | "mentor" | "editor" | "admin";
                            emailVerified: boolean;
                            /** @description Whether the account has a password (false: made by an organisation login; a password reset can give it one where passwords work). Without one, deleting the account or changing its address is confirmed with POST /v1/me/sso/{provider}/reauthenticate. */
                            hasPassword: boolean;
                            /** @description IANA time zone your days (streaks) are counted in */
                            timeZone: string;
                            /** @description A weekly mail with your progress and next step (verified addresses) */
                            weeklyDigest: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Omit it when the browser session cookie carries it */
                    refreshToken?: string;
                };
            };
        };
        responses: {
            /** @description Logged out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        displayName: string;
                        /** @enum {unknown} */
                        role: "learner" | "mentor" | "editor" | "admin";
                        emailVerified: boolean;
                        /** @description Whether the account has a password (false: made by an organisation login; a password reset can give it one where passwords work). Without one, deleting the account or changing its address is confirmed with POST /v1/me/sso/{provider}/reauthenticate. */
                        hasPassword: boolean;
                        /** @description IANA time zone your days (streaks) are counted in */
                        timeZone: string;
                        /** @description A weekly mail with your progress and next step (verified addresses) */
                        weeklyDigest: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your current password, to confirm */
                    password?: string;
                    /** @description Instead of the password: the proof a fresh login at your organisation gave (POST /v1/me/sso/{provider}/reauthenticate), usable once, for this change, within minutes */
                    reauthProof?: string;
                };
            };
        };
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /** @description IANA name, e.g. Europe/Berlin */
                    timeZone?: string;
                    weeklyDigest?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        displayName: string;
                        /** @enum {unknown} */
                        role: "learner" | "mentor" | "editor" | "admin";
                        emailVerified: boolean;
                        /** @description Whether the account has a password (false: made by an organisation login; a password reset can give it one where passwords work). Without one, deleting the account or changing its address is confirmed with POST /v1/me/sso/{provider}/reauthenticate. */
                        hasPassword: boolean;
                        /** @description IANA time zone your days (streaks) are counted in */
                        timeZone: string;
                        /** @description A weekly mail with your progress and next step (verified addresses) */
                        weeklyDigest: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description At least 8 characters; any characters */
                    currentPassword: string;
                    /** @description At least 8 characters; any characters */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        tokenType: "Bearer";
                        /** @description JWT; send as Authorization: Bearer <accessToken> */
                        accessToken: string;
                        /** @description Seconds until the access token expires */
                        expiresIn: number;
                        /** @description Single use: every refresh returns a new one. Absent for browser (cookie) sessions. */
                        refreshToken?: string;
                        /** Format: date-time */
                        refreshTokenExpiresAt: string;
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            displayName: string;
                            /** @enum {unknown} */
                            role: "learner" | "mentor" | "editor" | "admin";
                            emailVerified: boolean;
                            /** @description Whether the account has a password (false: made by an organisation login; a password reset can give it one where passwords work). Without one, deleting the account or changing its address is confirmed with POST /v1/me/sso/{provider}/reauthenticate. */
                            hasPassword: boolean;
                            /** @description IANA time zone your days (streaks) are counted in */
                            timeZone: string;
                            /** @description A weekly mail with your progress and next step (verified addresses) */
                            weeklyDigest: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Email address
                     */
                    newEmail: string;
                    /** @description Your current password, to confirm */
                    password?: string;
                    /** @description Instead of the password: the proof a fresh login at your organisation gave (POST /v1/me/sso/{provider}/reauthenticate), usable once, for this change, within minutes */
                    reauthProof?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description The session (one login on one device)
                             */
                            id: string;
                            /** @description The session this request was made with */
                            current: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastUsedAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            userAgent: string | null;
                            ip: string | null;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportMyData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        exportedAt: string;
                        profile: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            displayName: string;
                            /** @enum {unknown} */
                            role: "learner" | "mentor" | "editor" | "admin";
                            emailVerified: boolean;
                            /** @description Whether the account has a password (false: made by an organisation login; a password reset can give it one where passwords work). Without one, deleting the account or changing its address is confirmed with POST /v1/me/sso/{provider}/reauthenticate. */
                            hasPassword: boolean;
                            /** @description IANA time zone your days (streaks) are counted in */
                            timeZone: string;
                            /** @description A weekly mail with your progress and next step (verified addresses) */
                            weeklyDigest: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                        sessions: {
                            /**
                             * Format: uuid
                             * @description The session (one login on one device)
                             */
                            id: string;
                            /** @description The session this request was made with */
                            current: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastUsedAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            userAgent: string | null;
                            ip: string | null;
                        }[];
                        /** @description What the audit log holds about you, oldest first: the newest 10,000 entries at most */
                        activity: {
                            /** Format: date-time */
                            occurredAt: string;
                            action: string;
                            ip: string | null;
                            userAgent: string | null;
                        }[];
                        /** @description True when older audit entries were left out of `activity` */
                        activityTruncated: boolean;
                        /** @description The steps you bookmarked, newest first */
                        bookmarks: {
                            roadmap: {
                                slug: string;
                                title: string;
                            };
                            step: {
                                id: string;
                                title: string;
                            };
                            /** Format: date-time */
                            bookmarkedAt: string;
                            /** @description Where to read the step (GET); null once the step was taken out of the roadmap */
                            href: string | null;
                        }[];
                        /** @description The organisation logins (single sign-on) that open your account, oldest first */
                        linkedLogins: {
                            /** @description The single sign-on provider id */
                            provider: string;
                            /** @description The provider's id of you */
                            subject: string;
                            /** @description The address the provider gave */
                            email: string;
                            /** @description Null while the link waits for its mailed confirmation */
                            linkedAt: string | null;
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSsoProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether sign-up and login with a password work here; false: only the providers below */
                        localPasswords: boolean;
                        items: {
                            /** @description In /v1/auth/sso/{provider}/start */
                            id: string;
                            /** @description For the button: "Log in with …" */
                            displayName: string;
                        }[];
                    };
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startSsoLogin: {
        parameters: {
            query?: {
                /** @description Where the web app goes once the provider has answered, a path such as /dashboard (default /) */
                next?: string;
            };
            header?: never;
            path: {
                /** @description A provider id from the list */
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider's login page */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    finishSsoLogin: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                iss?: string;
                error?: string;
                error_description?: string;
            };
            header?: never;
            path: {
                /** @description A provider id from the list */
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the web app: logged in, linked, or told to check the mail */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLinkedLogins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description The single sign-on provider id */
                            provider: string;
                            /** @description The provider's id of you */
                            subject: string;
                            /** @description The address the provider gave */
                            email: string;
                            /** @description Null while the link waits for its mailed confirmation */
                            linkedAt: string | null;
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startSsoLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A provider id from the list */
                provider: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where the web app goes once the provider has answered, a path such as /dashboard (default /account) */
                    next?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send the browser here (the provider's login page) */
                        authorizationUrl: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startSsoReauthentication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A provider id from the list */
                provider: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The change the proof is for
                     * @enum {unknown}
                     */
                    operation: "delete-account" | "change-email";
                    /** @description Where the web app goes once the provider has answered, a path such as /dashboard (default /account) */
                    next?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send the browser here (the provider's login page) */
                        authorizationUrl: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unlinkSsoLogin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A provider id from the list */
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmSsoLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The token from the mailed link */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Linked; log in with the provider */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFollowedRoadmaps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            roadmap: {
                                slug: string;
                                title: string;
                            };
                            hoursPerWeek: number;
                            /** Format: date */
                            startDate: string;
                            /** Format: date-time */
                            followedAt: string;
                            /** @description false after DELETE; PUT again to resume */
                            following: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    followRoadmap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Hours of study a week, 0.1–80 */
                    hoursPerWeek: number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD, in the years 1900–2999
                     */
                    startDate: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        hoursPerWeek: number;
                        /** Format: date */
                        startDate: string;
                        /** Format: date-time */
                        followedAt: string;
                        /** @description false after DELETE; PUT again to resume */
                        following: boolean;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unfollowRoadmap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stopped */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyActivity: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            roadmap: string;
                            /** @enum {unknown} */
                            kind: "followed" | "stopped" | "step_status" | "note" | "checklist";
                            /** @description The step or checklist item */
                            subjectId: string | null;
                            /** @description The new status or level, or the pace */
                            detail: string | null;
                            /** Format: date-time */
                            occurredAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyStreak: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The time zone days are counted in (set it with PATCH /v1/me) */
                        timeZone: string;
                        /** Format: date */
                        today: string;
                        /** @description Days in a row with progress, up to today (or yesterday) */
                        current: number;
                        longest: number;
                        recentDays: {
                            /** Format: date */
                            day: string;
                            events: number;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyPublicProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Off by default; only then is anything visible */
                        enabled: boolean;
                        /** @description 3–30 letters, digits, - or _; unique, case-insensitively */
                        handle: string;
                        /** @description Show the roadmaps you follow and how far you are */
                        showProgress: boolean;
                        showStreak: boolean;
                        bio?: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMyPublicProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Off by default; only then is anything visible */
                    enabled: boolean;
                    /** @description 3–30 letters, digits, - or _; unique, case-insensitively */
                    handle: string;
                    /** @description Show the roadmaps you follow and how far you are */
                    showProgress: boolean;
                    showStreak: boolean;
                    bio?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Off by default; only then is anything visible */
                        enabled: boolean;
                        /** @description 3–30 letters, digits, - or _; unique, case-insensitively */
                        handle: string;
                        /** @description Show the roadmaps you follow and how far you are */
                        showProgress: boolean;
                        showStreak: boolean;
                        bio?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 3–30 letters, digits, - or _; unique, case-insensitively */
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        handle: string;
                        displayName: string;
                        bio: string | null;
                        roadmaps?: {
                            slug: string;
                            title: string;
                            percent: number;
                            stepsDone: number;
                            steps: number;
                        }[];
                        streak?: {
                            current: number;
                            longest: number;
                        };
                    };
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importMyProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roadmaps: {
                        /** @description Roadmap slug */
                        slug: string;
                        steps?: {
                            stepId: string;
                            /** @enum {unknown} */
                            status: "todo" | "in_progress" | "done" | "skipped";
                        }[];
                        notes?: {
                            stepId: string;
                            body: string;
                            /**
                             * Format: date-time
                             * @description When the visitor last changed it
                             */
                            updatedAt: string;
                        }[];
                        checklist?: {
                            itemId: string;
                            /** @enum {unknown} */
                            level: "not_yet" | "partly" | "confident";
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applied: {
                            steps: number;
                            notes: number;
                            checklist: number;
                        };
                        /** @description Entries for roadmaps, steps or checklist items that do not exist (any more) */
                        ignored: {
                            roadmap: string;
                            id: string;
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportMyProgress: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your progress, per roadmap */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/csv": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewRoadmapPlan: {
        parameters: {
            query: {
                /** @description Hours of study a week, 0.1–80 */
                hoursPerWeek: number;
                /** @description YYYY-MM-DD, in the years 1900–2999; today when omitted */
                startDate?: string;
            };
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        hoursPerWeek: number;
                        /** Format: date */
                        startDate: string;
                        /** @description Months to finish at this pace */
                        months: number;
                        /** Format: date */
                        finishOn: string;
                        stages: {
                            /** @description The roadmap plan's month this stage is */
                            month: number;
                            title: string;
                            goals: string[];
                            steps: string[];
                            /** Format: date */
                            startsOn: string;
                            /**
                             * Format: date
                             * @description The last day of the stage
                             */
                            endsOn: string;
                        }[];
                    };
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyRoadmapPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        hoursPerWeek: number;
                        /** Format: date */
                        startDate: string;
                        /** @description Months to finish at this pace */
                        months: number;
                        /** Format: date */
                        finishOn: string;
                        stages: {
                            /** @description The roadmap plan's month this stage is */
                            month: number;
                            title: string;
                            goals: string[];
                            steps: string[];
                            /** Format: date */
                            startsOn: string;
                            /**
                             * Format: date
                             * @description The last day of the stage
                             */
                            endsOn: string;
                        }[];
                        tracking: {
                            percentDone: number;
                            /** @description Where the plan says you would be today */
                            expectedPercent: number;
                            /** @enum {unknown} */
                            status: "not_started" | "on_track" | "ahead" | "behind";
                            /** @description The same as projection.finishOn: null until a pace can be measured */
                            projectedFinishOn: string | null;
                            projection: {
                                /**
                                 * @description too_early until 14 days have passed since your first step on the roadmap and 10 estimated hours are done
                                 * @enum {unknown}
                                 */
                                state: "too_early" | "projected" | "finished";
                                /** @description When you finish at the pace kept since your first step; never earlier than the work left takes at your planned hours a week */
                                finishOn: string | null;
                                /** @description While too early: the first day a pace can be measured, if waiting is all it needs */
                                measurableOn: string | null;
                                /** @description Estimated hours done per week since your first step, once measured */
                                hoursPerWeekSoFar: number | null;
                            };
                        };
                        /** @description The cohorts you belong to on this roadmap, with their own due date for each stage (their mentors may move them); your plan’s dates stay yours. */
                        cohorts: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            stages: {
                                month: number;
                                /**
                                 * Format: date
                                 * @description When the cohort’s schedule has the stage done
                                 */
                                dueOn: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyRoadmapPlanCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyRoadmapProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        overall: {
                            steps: number;
                            counts: {
                                todo: number;
                                in_progress: number;
                                done: number;
                                skipped: number;
                            };
                            /** @description Done hours as a share of the hours of every step not skipped, 0–100 */
                            percent: number;
                            hoursDone: number;
                            /** @description Estimated hours of steps neither done nor skipped */
                            hoursLeft: number;
                        };
                        tiers: {
                            id: string;
                            title: string;
                            steps: number;
                            counts: {
                                todo: number;
                                in_progress: number;
                                done: number;
                                skipped: number;
                            };
                            /** @description Done hours as a share of the hours of every step not skipped, 0–100 */
                            percent: number;
                            hoursDone: number;
                            /** @description Estimated hours of steps neither done nor skipped */
                            hoursLeft: number;
                        }[];
                        /** @description The first unfinished step of the earliest unfinished tier, preferring higher-ranked priorities */
                        nextStep: {
                            id: string;
                            title: string;
                            tierId: string;
                        } | null;
                        checklist: {
                            items: number;
                            counts: {
                                not_yet: number;
                                partly: number;
                                confident: number;
                            };
                            /** @description confident = 1, partly = ½, not yet or unanswered = 0; as 0–100 */
                            readiness: number;
                        };
                        steps: {
                            stepId: string;
                            /** @enum {unknown} */
                            status: "todo" | "in_progress" | "done" | "skipped";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        checklistAnswers: {
                            itemId: string;
                            /** @enum {unknown} */
                            level: "not_yet" | "partly" | "confident";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Progress on steps the roadmap no longer has: kept, not counted */
                        archived: {
                            stepId: string;
                            /** @enum {unknown} */
                            status: "todo" | "in_progress" | "done" | "skipped";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Answers to checklist items the roadmap no longer has: kept, not counted */
                        archivedChecklistAnswers: {
                            itemId: string;
                            /** @enum {unknown} */
                            level: "not_yet" | "partly" | "confident";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setStepStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    status: "todo" | "in_progress" | "done" | "skipped";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stepId: string;
                        /** @enum {unknown} */
                        status: "todo" | "in_progress" | "done" | "skipped";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStepNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stepId: string;
                        body: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setStepNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown; private to you */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stepId: string;
                        body: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assessChecklistItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    level: "not_yet" | "partly" | "confident";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        itemId: string;
                        /** @enum {unknown} */
                        level: "not_yet" | "partly" | "confident";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoadmapChangesSinceSeen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /** @description The version you last saw: set when you start following or first record progress, and when you dismiss the notice; null when you never saw one (no notice then) */
                        seenVersion: number | null;
                        currentVersion: number;
                        /** @description Steps new since the version you saw */
                        added: {
                            id: string;
                            /** @description As it is now */
                            title: string;
                            /** @description The tier it is in now */
                            tier: {
                                id: string;
                                title: string;
                            };
                        }[];
                        /** @description Steps whose title or texts changed */
                        changed: {
                            id: string;
                            /** @description As it is now */
                            title: string;
                            /** @description The tier it is in now */
                            tier: {
                                id: string;
                                title: string;
                            };
                        }[];
                        /** @description Steps now in another tier or another order */
                        moved: {
                            id: string;
                            /** @description As it is now */
                            title: string;
                            /** @description The tier it is in now */
                            tier: {
                                id: string;
                                title: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dismissRoadmapChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you have seen: at most the current one */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Seen */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyBookmarks: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            roadmap: {
                                slug: string;
                                title: string;
                            };
                            step: {
                                id: string;
                                title: string;
                            };
                            /** Format: date-time */
                            bookmarkedAt: string;
                            /** @description Where to read the step (GET); null once the step was taken out of the roadmap */
                            href: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyBookmark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        step: {
                            id: string;
                            title: string;
                        };
                        /** Format: date-time */
                        bookmarkedAt: string;
                        /** @description Where to read the step (GET); null once the step was taken out of the roadmap */
                        href: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bookmarkStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        step: {
                            id: string;
                            title: string;
                        };
                        /** Format: date-time */
                        bookmarkedAt: string;
                        /** @description Where to read the step (GET); null once the step was taken out of the roadmap */
                        href: string | null;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        step: {
                            id: string;
                            title: string;
                        };
                        /** Format: date-time */
                        bookmarkedAt: string;
                        /** @description Where to read the step (GET); null once the step was taken out of the roadmap */
                        href: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMyBookmark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startRoadmapDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Start from the roadmap as learners see it now
                     * @enum {string}
                     */
                    from: "published";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The roadmap the draft publishes as; the title is the draft’s */
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /**
                         * @description edit: changes a published roadmap; new: becomes a new roadmap
                         * @enum {unknown}
                         */
                        kind: "edit" | "new";
                        /**
                         * @description draft (being written), in_review (submitted; cannot change), approved (at its current revision; a change makes it a draft again), published, or discarded
                         * @enum {unknown}
                         */
                        status: "draft" | "in_review" | "approved" | "published" | "discarded";
                        /** @description Counts the changes from 1; the ETag names it */
                        revision: number;
                        /** @description The ETag of this revision, for If-Match */
                        etag: string;
                        /** @description The number of the published version the draft started from; null for a new roadmap */
                        basedOnVersion: number | null;
                        /** @description The hash of that version’s whole document (steps and FAQ included); null for a new roadmap. Publishing is refused when the roadmap’s latest version is another one */
                        basedOnHash: string | null;
                        startedFrom: {
                            /** @description Roadmap slug */
                            published: string;
                        } | {
                            /** @description Roadmap slug */
                            copy: string;
                        } | {
                            /** @enum {boolean} */
                            empty: true;
                        };
                        /** @description null when the author’s account was removed */
                        author: {
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Where the draft is read and changed */
                        href: string;
                        /** @description A whole roadmap in the shape of its content files (docs/content-format.md) */
                        document: {
                            /** @description Stable kebab-case id */
                            slug: string;
                            title: string;
                            summary: string;
                            /** @enum {unknown} */
                            license: "CC-BY-SA-4.0";
                            /** @description The job this roadmap leads to, lower case, as in "what a <role> does" */
                            role: string;
                            /**
                             * @description beginner, intermediate or advanced
                             * @enum {unknown}
                             */
                            level: "beginner" | "intermediate" | "advanced";
                            /** @description The edition a reader sees: "Roadmap · <year>, updated <date>" */
                            edition: {
                                year: number;
                                /** @description A calendar date, YYYY-MM-DD */
                                updated: string;
                            };
                            /** @description What a learner can do at the end */
                            outcomes: string[];
                            duties: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            keepInMind: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            /** @description Markdown: what the roadmap is and how to use it */
                            intro: string;
                            audience: string[];
                            beforeYouStart: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            durations: {
                                /** @description Stable kebab-case id */
                                id: string;
                                label: string;
                                /** @description Hours of study per week */
                                hoursPerWeek: {
                                    min: number;
                                    max: number;
                                };
                                /** @description Months to finish at that pace */
                                months: {
                                    min: number;
                                    max: number;
                                };
                                note?: string;
                            }[];
                            history: {
                                /** @description Stable kebab-case id */
                                id: string;
                                period: string;
                                title: string;
                                summary: string;
                            }[];
                            market: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description Markdown */
                                body: string;
                            }[];
                            tiers: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                steps: string[];
                            }[];
                            plan: {
                                summary?: string;
                                months: {
                                    month: number;
                                    title: string;
                                    goals: string[];
                                    /** @description Hours of study per week this month */
                                    hoursPerWeek: {
                                        min: number;
                                        max: number;
                                    };
                                    steps: string[];
                                }[];
                            };
                            priorities: {
                                rank: number;
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                reason: string;
                                steps?: string[];
                            }[];
                            challenges: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description What it looks like */
                                symptoms: string;
                                /** @description How to get through it */
                                remedy: string;
                            }[];
                            checklist: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            faq: {
                                /** @description Stable kebab-case id */
                                id: string;
                                question: string;
                                /** @description Markdown answer */
                                answer: string;
                            }[];
                            alternatives: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                                /** @description Slug of a Waymark roadmap for that path */
                                roadmap?: string;
                            }[];
                            closings: {
                                /** @description Markdown */
                                history?: string;
                                /** @description Markdown */
                                market?: string;
                                /** @description Markdown */
                                checklist?: string;
                            };
                            /** @description Markdown */
                            conclusion: string;
                            /** @description Change notes of the version the next import makes when this roadmap changed (not part of it) */
                            changes?: string;
                            /** @description Every step, each placed in one tier */
                            steps: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                topics: string[];
                                estimatedHours: number;
                                resources: string[];
                                /** @description Markdown body of the step */
                                body: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDrafts: {
        parameters: {
            query?: {
                /** @description Roadmap slug */
                roadmap?: string;
                /** @description draft (being written), in_review (submitted; cannot change), approved (at its current revision; a change makes it a draft again), published, or discarded */
                status?: "draft" | "in_review" | "approved" | "published" | "discarded";
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description The roadmap the draft publishes as; the title is the draft’s */
                            roadmap: {
                                slug: string;
                                title: string;
                            };
                            /**
                             * @description edit: changes a published roadmap; new: becomes a new roadmap
                             * @enum {unknown}
                             */
                            kind: "edit" | "new";
                            /**
                             * @description draft (being written), in_review (submitted; cannot change), approved (at its current revision; a change makes it a draft again), published, or discarded
                             * @enum {unknown}
                             */
                            status: "draft" | "in_review" | "approved" | "published" | "discarded";
                            /** @description Counts the changes from 1; the ETag names it */
                            revision: number;
                            /** @description The ETag of this revision, for If-Match */
                            etag: string;
                            /** @description The number of the published version the draft started from; null for a new roadmap */
                            basedOnVersion: number | null;
                            /** @description The hash of that version’s whole document (steps and FAQ included); null for a new roadmap. Publishing is refused when the roadmap’s latest version is another one */
                            basedOnHash: string | null;
                            startedFrom: {
                                /** @description Roadmap slug */
                                published: string;
                            } | {
                                /** @description Roadmap slug */
                                copy: string;
                            } | {
                                /** @enum {boolean} */
                                empty: true;
                            };
                            /** @description null when the author’s account was removed */
                            author: {
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Where the draft is read and changed */
                            href: string;
                        }[];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startNewRoadmapDraft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A draft of a new roadmap: empty, or a copy of another roadmap */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The new roadmap’s slug: kebab-case, not used by a published roadmap */
                    slug: string;
                    /**
                     * @description A skeleton to fill in: every required part, with words to replace
                     * @enum {string}
                     */
                    from: "empty";
                } | {
                    /** @description The new roadmap’s slug: kebab-case, not used by a published roadmap */
                    slug: string;
                    /**
                     * @description A copy of another published roadmap
                     * @enum {string}
                     */
                    from: "roadmap";
                    /** @description The published roadmap to copy */
                    roadmap: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The roadmap the draft publishes as; the title is the draft’s */
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /**
                         * @description edit: changes a published roadmap; new: becomes a new roadmap
                         * @enum {unknown}
                         */
                        kind: "edit" | "new";
                        /**
                         * @description draft (being written), in_review (submitted; cannot change), approved (at its current revision; a change makes it a draft again), published, or discarded
                         * @enum {unknown}
                         */
                        status: "draft" | "in_review" | "approved" | "published" | "discarded";
                        /** @description Counts the changes from 1; the ETag names it */
                        revision: number;
                        /** @description The ETag of this revision, for If-Match */
                        etag: string;
                        /** @description The number of the published version the draft started from; null for a new roadmap */
                        basedOnVersion: number | null;
                        /** @description The hash of that version’s whole document (steps and FAQ included); null for a new roadmap. Publishing is refused when the roadmap’s latest version is another one */
                        basedOnHash: string | null;
                        startedFrom: {
                            /** @description Roadmap slug */
                            published: string;
                        } | {
                            /** @description Roadmap slug */
                            copy: string;
                        } | {
                            /** @enum {boolean} */
                            empty: true;
                        };
                        /** @description null when the author’s account was removed */
                        author: {
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Where the draft is read and changed */
                        href: string;
                        /** @description A whole roadmap in the shape of its content files (docs/content-format.md) */
                        document: {
                            /** @description Stable kebab-case id */
                            slug: string;
                            title: string;
                            summary: string;
                            /** @enum {unknown} */
                            license: "CC-BY-SA-4.0";
                            /** @description The job this roadmap leads to, lower case, as in "what a <role> does" */
                            role: string;
                            /**
                             * @description beginner, intermediate or advanced
                             * @enum {unknown}
                             */
                            level: "beginner" | "intermediate" | "advanced";
                            /** @description The edition a reader sees: "Roadmap · <year>, updated <date>" */
                            edition: {
                                year: number;
                                /** @description A calendar date, YYYY-MM-DD */
                                updated: string;
                            };
                            /** @description What a learner can do at the end */
                            outcomes: string[];
                            duties: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            keepInMind: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            /** @description Markdown: what the roadmap is and how to use it */
                            intro: string;
                            audience: string[];
                            beforeYouStart: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            durations: {
                                /** @description Stable kebab-case id */
                                id: string;
                                label: string;
                                /** @description Hours of study per week */
                                hoursPerWeek: {
                                    min: number;
                                    max: number;
                                };
                                /** @description Months to finish at that pace */
                                months: {
                                    min: number;
                                    max: number;
                                };
                                note?: string;
                            }[];
                            history: {
                                /** @description Stable kebab-case id */
                                id: string;
                                period: string;
                                title: string;
                                summary: string;
                            }[];
                            market: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description Markdown */
                                body: string;
                            }[];
                            tiers: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                steps: string[];
                            }[];
                            plan: {
                                summary?: string;
                                months: {
                                    month: number;
                                    title: string;
                                    goals: string[];
                                    /** @description Hours of study per week this month */
                                    hoursPerWeek: {
                                        min: number;
                                        max: number;
                                    };
                                    steps: string[];
                                }[];
                            };
                            priorities: {
                                rank: number;
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                reason: string;
                                steps?: string[];
                            }[];
                            challenges: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description What it looks like */
                                symptoms: string;
                                /** @description How to get through it */
                                remedy: string;
                            }[];
                            checklist: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            faq: {
                                /** @description Stable kebab-case id */
                                id: string;
                                question: string;
                                /** @description Markdown answer */
                                answer: string;
                            }[];
                            alternatives: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                                /** @description Slug of a Waymark roadmap for that path */
                                roadmap?: string;
                            }[];
                            closings: {
                                /** @description Markdown */
                                history?: string;
                                /** @description Markdown */
                                market?: string;
                                /** @description Markdown */
                                checklist?: string;
                            };
                            /** @description Markdown */
                            conclusion: string;
                            /** @description Change notes of the version the next import makes when this roadmap changed (not part of it) */
                            changes?: string;
                            /** @description Every step, each placed in one tier */
                            steps: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                topics: string[];
                                estimatedHours: number;
                                resources: string[];
                                /** @description Markdown body of the step */
                                body: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The draft id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The roadmap the draft publishes as; the title is the draft’s */
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /**
                         * @description edit: changes a published roadmap; new: becomes a new roadmap
                         * @enum {unknown}
                         */
                        kind: "edit" | "new";
                        /**
                         * @description draft (being written), in_review (submitted; cannot change), approved (at its current revision; a change makes it a draft again), published, or discarded
                         * @enum {unknown}
                         */
                        status: "draft" | "in_review" | "approved" | "published" | "discarded";
                        /** @description Counts the changes from 1; the ETag names it */
                        revision: number;
                        /** @description The ETag of this revision, for If-Match */
                        etag: string;
                        /** @description The number of the published version the draft started from; null for a new roadmap */
                        basedOnVersion: number | null;
                        /** @description The hash of that version’s whole document (steps and FAQ included); null for a new roadmap. Publishing is refused when the roadmap’s latest version is another one */
                        basedOnHash: string | null;
                        startedFrom: {
                            /** @description Roadmap slug */
                            published: string;
                        } | {
                            /** @description Roadmap slug */
                            copy: string;
                        } | {
                            /** @enum {boolean} */
                            empty: true;
                        };
                        /** @description null when the author’s account was removed */
                        author: {
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Where the draft is read and changed */
                        href: string;
                        /** @description A whole roadmap in the shape of its content files (docs/content-format.md) */
                        document: {
                            /** @description Stable kebab-case id */
                            slug: string;
                            title: string;
                            summary: string;
                            /** @enum {unknown} */
                            license: "CC-BY-SA-4.0";
                            /** @description The job this roadmap leads to, lower case, as in "what a <role> does" */
                            role: string;
                            /**
                             * @description beginner, intermediate or advanced
                             * @enum {unknown}
                             */
                            level: "beginner" | "intermediate" | "advanced";
                            /** @description The edition a reader sees: "Roadmap · <year>, updated <date>" */
                            edition: {
                                year: number;
                                /** @description A calendar date, YYYY-MM-DD */
                                updated: string;
                            };
                            /** @description What a learner can do at the end */
                            outcomes: string[];
                            duties: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            keepInMind: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            /** @description Markdown: what the roadmap is and how to use it */
                            intro: string;
                            audience: string[];
                            beforeYouStart: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            durations: {
                                /** @description Stable kebab-case id */
                                id: string;
                                label: string;
                                /** @description Hours of study per week */
                                hoursPerWeek: {
                                    min: number;
                                    max: number;
                                };
                                /** @description Months to finish at that pace */
                                months: {
                                    min: number;
                                    max: number;
                                };
                                note?: string;
                            }[];
                            history: {
                                /** @description Stable kebab-case id */
                                id: string;
                                period: string;
                                title: string;
                                summary: string;
                            }[];
                            market: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description Markdown */
                                body: string;
                            }[];
                            tiers: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                steps: string[];
                            }[];
                            plan: {
                                summary?: string;
                                months: {
                                    month: number;
                                    title: string;
                                    goals: string[];
                                    /** @description Hours of study per week this month */
                                    hoursPerWeek: {
                                        min: number;
                                        max: number;
                                    };
                                    steps: string[];
                                }[];
                            };
                            priorities: {
                                rank: number;
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                reason: string;
                                steps?: string[];
                            }[];
                            challenges: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description What it looks like */
                                symptoms: string;
                                /** @description How to get through it */
                                remedy: string;
                            }[];
                            checklist: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            faq: {
                                /** @description Stable kebab-case id */
                                id: string;
                                question: string;
                                /** @description Markdown answer */
                                answer: string;
                            }[];
                            alternatives: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                                /** @description Slug of a Waymark roadmap for that path */
                                roadmap?: string;
                            }[];
                            closings: {
                                /** @description Markdown */
                                history?: string;
                                /** @description Markdown */
                                market?: string;
                                /** @description Markdown */
                                checklist?: string;
                            };
                            /** @description Markdown */
                            conclusion: string;
                            /** @description Change notes of the version the next import makes when this roadmap changed (not part of it) */
                            changes?: string;
                            /** @description Every step, each placed in one tier */
                            steps: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                topics: string[];
                                estimatedHours: number;
                                resources: string[];
                                /** @description Markdown body of the step */
                                body: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    discardDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the revision the change was made against */
                "if-match"?: string;
            };
            path: {
                /** @description The draft id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discarded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the revision the change was made against */
                "if-match"?: string;
            };
            path: {
                /** @description The draft id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json-patch+json": ({
                    /** @enum {string} */
                    op: "add";
                    /** @description A JSON pointer (RFC 6901) into the document */
                    path: string;
                    value: unknown;
                } | {
                    /** @enum {string} */
                    op: "remove";
                    /** @description A JSON pointer (RFC 6901) into the document */
                    path: string;
                } | {
                    /** @enum {string} */
                    op: "replace";
                    /** @description A JSON pointer (RFC 6901) into the document */
                    path: string;
                    value: unknown;
                } | {
                    /** @enum {string} */
                    op: "move";
                    /** @description A JSON pointer (RFC 6901) into the document */
                    from: string;
                    /** @description A JSON pointer (RFC 6901) into the document */
                    path: string;
                } | {
                    /** @enum {string} */
                    op: "copy";
                    /** @description A JSON pointer (RFC 6901) into the document */
                    from: string;
                    /** @description A JSON pointer (RFC 6901) into the document */
                    path: string;
                } | {
                    /** @enum {string} */
                    op: "test";
                    /** @description A JSON pointer (RFC 6901) into the document */
                    path: string;
                    value: unknown;
                })[];
                "application/merge-patch+json": {
                    /** @description The new title (see the draft's document for its shape) */
                    title?: unknown;
                    /** @description The new summary (see the draft's document for its shape) */
                    summary?: unknown;
                    /** @description The new license (see the draft's document for its shape) */
                    license?: unknown;
                    /** @description The new role (see the draft's document for its shape) */
                    role?: unknown;
                    /** @description The new level (see the draft's document for its shape) */
                    level?: unknown;
                    /** @description The new edition (see the draft's document for its shape) */
                    edition?: unknown;
                    /** @description The new outcomes (see the draft's document for its shape) */
                    outcomes?: unknown;
                    /** @description The new duties (see the draft's document for its shape) */
                    duties?: unknown;
                    /** @description The new keepInMind (see the draft's document for its shape) */
                    keepInMind?: unknown;
                    /** @description The new intro (see the draft's document for its shape) */
                    intro?: unknown;
                    /** @description The new audience (see the draft's document for its shape) */
                    audience?: unknown;
                    /** @description The new beforeYouStart (see the draft's document for its shape) */
                    beforeYouStart?: unknown;
                    /** @description The new durations (see the draft's document for its shape) */
                    durations?: unknown;
                    /** @description The new history (see the draft's document for its shape) */
                    history?: unknown;
                    /** @description The new market (see the draft's document for its shape) */
                    market?: unknown;
                    /** @description The new tiers (see the draft's document for its shape) */
                    tiers?: unknown;
                    /** @description The new plan (see the draft's document for its shape) */
                    plan?: unknown;
                    /** @description The new priorities (see the draft's document for its shape) */
                    priorities?: unknown;
                    /** @description The new challenges (see the draft's document for its shape) */
                    challenges?: unknown;
                    /** @description The new checklist (see the draft's document for its shape) */
                    checklist?: unknown;
                    /** @description The new faq (see the draft's document for its shape) */
                    faq?: unknown;
                    /** @description The new alternatives (see the draft's document for its shape) */
                    alternatives?: unknown;
                    /** @description The new closings (see the draft's document for its shape) */
                    closings?: unknown;
                    /** @description The new conclusion (see the draft's document for its shape) */
                    conclusion?: unknown;
                    /** @description The new changes (see the draft's document for its shape) */
                    changes?: unknown;
                    /** @description The new steps (see the draft's document for its shape) */
                    steps?: unknown;
                };
                "application/json": {
                    /** @description The new title (see the draft's document for its shape) */
                    title?: unknown;
                    /** @description The new summary (see the draft's document for its shape) */
                    summary?: unknown;
                    /** @description The new license (see the draft's document for its shape) */
                    license?: unknown;
                    /** @description The new role (see the draft's document for its shape) */
                    role?: unknown;
                    /** @description The new level (see the draft's document for its shape) */
                    level?: unknown;
                    /** @description The new edition (see the draft's document for its shape) */
                    edition?: unknown;
                    /** @description The new outcomes (see the draft's document for its shape) */
                    outcomes?: unknown;
                    /** @description The new duties (see the draft's document for its shape) */
                    duties?: unknown;
                    /** @description The new keepInMind (see the draft's document for its shape) */
                    keepInMind?: unknown;
                    /** @description The new intro (see the draft's document for its shape) */
                    intro?: unknown;
                    /** @description The new audience (see the draft's document for its shape) */
                    audience?: unknown;
                    /** @description The new beforeYouStart (see the draft's document for its shape) */
                    beforeYouStart?: unknown;
                    /** @description The new durations (see the draft's document for its shape) */
                    durations?: unknown;
                    /** @description The new history (see the draft's document for its shape) */
                    history?: unknown;
                    /** @description The new market (see the draft's document for its shape) */
                    market?: unknown;
                    /** @description The new tiers (see the draft's document for its shape) */
                    tiers?: unknown;
                    /** @description The new plan (see the draft's document for its shape) */
                    plan?: unknown;
                    /** @description The new priorities (see the draft's document for its shape) */
                    priorities?: unknown;
                    /** @description The new challenges (see the draft's document for its shape) */
                    challenges?: unknown;
                    /** @description The new checklist (see the draft's document for its shape) */
                    checklist?: unknown;
                    /** @description The new faq (see the draft's document for its shape) */
                    faq?: unknown;
                    /** @description The new alternatives (see the draft's document for its shape) */
                    alternatives?: unknown;
                    /** @description The new closings (see the draft's document for its shape) */
                    closings?: unknown;
                    /** @description The new conclusion (see the draft's document for its shape) */
                    conclusion?: unknown;
                    /** @description The new changes (see the draft's document for its shape) */
                    changes?: unknown;
                    /** @description The new steps (see the draft's document for its shape) */
                    steps?: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The roadmap the draft publishes as; the title is the draft’s */
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /**
                         * @description edit: changes a published roadmap; new: becomes a new roadmap
                         * @enum {unknown}
                         */
                        kind: "edit" | "new";
                        /**
                         * @description draft (being written), in_review (submitted; cannot change), approved (at its current revision; a change makes it a draft again), published, or discarded
                         * @enum {unknown}
                         */
                        status: "draft" | "in_review" | "approved" | "published" | "discarded";
                        /** @description Counts the changes from 1; the ETag names it */
                        revision: number;
                        /** @description The ETag of this revision, for If-Match */
                        etag: string;
                        /** @description The number of the published version the draft started from; null for a new roadmap */
                        basedOnVersion: number | null;
                        /** @description The hash of that version’s whole document (steps and FAQ included); null for a new roadmap. Publishing is refused when the roadmap’s latest version is another one */
                        basedOnHash: string | null;
                        startedFrom: {
                            /** @description Roadmap slug */
                            published: string;
                        } | {
                            /** @description Roadmap slug */
                            copy: string;
                        } | {
                            /** @enum {boolean} */
                            empty: true;
                        };
                        /** @description null when the author’s account was removed */
                        author: {
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Where the draft is read and changed */
                        href: string;
                        /** @description A whole roadmap in the shape of its content files (docs/content-format.md) */
                        document: {
                            /** @description Stable kebab-case id */
                            slug: string;
                            title: string;
                            summary: string;
                            /** @enum {unknown} */
                            license: "CC-BY-SA-4.0";
                            /** @description The job this roadmap leads to, lower case, as in "what a <role> does" */
                            role: string;
                            /**
                             * @description beginner, intermediate or advanced
                             * @enum {unknown}
                             */
                            level: "beginner" | "intermediate" | "advanced";
                            /** @description The edition a reader sees: "Roadmap · <year>, updated <date>" */
                            edition: {
                                year: number;
                                /** @description A calendar date, YYYY-MM-DD */
                                updated: string;
                            };
                            /** @description What a learner can do at the end */
                            outcomes: string[];
                            duties: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            keepInMind: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            /** @description Markdown: what the roadmap is and how to use it */
                            intro: string;
                            audience: string[];
                            beforeYouStart: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            durations: {
                                /** @description Stable kebab-case id */
                                id: string;
                                label: string;
                                /** @description Hours of study per week */
                                hoursPerWeek: {
                                    min: number;
                                    max: number;
                                };
                                /** @description Months to finish at that pace */
                                months: {
                                    min: number;
                                    max: number;
                                };
                                note?: string;
                            }[];
                            history: {
                                /** @description Stable kebab-case id */
                                id: string;
                                period: string;
                                title: string;
                                summary: string;
                            }[];
                            market: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description Markdown */
                                body: string;
                            }[];
                            tiers: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                steps: string[];
                            }[];
                            plan: {
                                summary?: string;
                                months: {
                                    month: number;
                                    title: string;
                                    goals: string[];
                                    /** @description Hours of study per week this month */
                                    hoursPerWeek: {
                                        min: number;
                                        max: number;
                                    };
                                    steps: string[];
                                }[];
                            };
                            priorities: {
                                rank: number;
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                reason: string;
                                steps?: string[];
                            }[];
                            challenges: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description What it looks like */
                                symptoms: string;
                                /** @description How to get through it */
                                remedy: string;
                            }[];
                            checklist: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            faq: {
                                /** @description Stable kebab-case id */
                                id: string;
                                question: string;
                                /** @description Markdown answer */
                                answer: string;
                            }[];
                            alternatives: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                                /** @description Slug of a Waymark roadmap for that path */
                                roadmap?: string;
                            }[];
                            closings: {
                                /** @description Markdown */
                                history?: string;
                                /** @description Markdown */
                                market?: string;
                                /** @description Markdown */
                                checklist?: string;
                            };
                            /** @description Markdown */
                            conclusion: string;
                            /** @description Change notes of the version the next import makes when this roadmap changed (not part of it) */
                            changes?: string;
                            /** @description Every step, each placed in one tier */
                            steps: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                topics: string[];
                                estimatedHours: number;
                                resources: string[];
                                /** @description Markdown body of the step */
                                body: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The draft id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        title: string;
                        summary: string;
                        license: {
                            /** @enum {unknown} */
                            id: "CC-BY-SA-4.0";
                            name: string;
                            url: string;
                        };
                        /** @description The job the roadmap leads to, lower case */
                        role: string;
                        /**
                         * @description beginner, intermediate or advanced
                         * @enum {unknown}
                         */
                        level: "beginner" | "intermediate" | "advanced";
                        /** @description The edition a reader sees: "Roadmap · <year>, updated <date>" */
                        edition: {
                            year: number;
                            /** @description A calendar date, YYYY-MM-DD */
                            updated: string;
                        };
                        /** @description What a learner can do at the end */
                        outcomes: string[];
                        duties: {
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            detail: string;
                        }[];
                        keepInMind: {
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            detail: string;
                        }[];
                        /** @description Markdown */
                        intro: string;
                        audience: string[];
                        beforeYouStart: {
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            detail: string;
                        }[];
                        durations: {
                            /** @description Stable kebab-case id */
                            id: string;
                            label: string;
                            /** @description Hours of study per week */
                            hoursPerWeek: {
                                min: number;
                                max: number;
                            };
                            /** @description Months to finish at that pace */
                            months: {
                                min: number;
                                max: number;
                            };
                            note?: string;
                        }[];
                        history: {
                            /** @description Stable kebab-case id */
                            id: string;
                            period: string;
                            title: string;
                            summary: string;
                        }[];
                        market: {
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            /** @description Markdown */
                            body: string;
                        }[];
                        tiers: {
                            id: string;
                            title: string;
                            summary: string;
                            estimatedHours: number;
                            steps: {
                                id: string;
                                tierId: string;
                                /** @description Position in the whole path, from 1 */
                                number: number;
                                title: string;
                                summary: string;
                                /** @description Markdown */
                                body: string;
                                topics: string[];
                                estimatedHours: number;
                                resources: {
                                    id: string;
                                    /**
                                     * @description guide, cheatsheet, review, article, video, course, book, or docs (official documentation)
                                     * @enum {unknown}
                                     */
                                    type: "guide" | "cheatsheet" | "review" | "article" | "video" | "course" | "book" | "docs";
                                    title: string;
                                    url: string;
                                    publisher: string | null;
                                    free: boolean;
                                    /** @description What the link check last found */
                                    link: {
                                        /**
                                         * @description ok: the page answers; moved: it answers at another address after a permanent redirect; error: the last check failed (not found, timeout, refused, blocked), not yet often enough to call it dead; dead: it failed three checks in a row over at least a day
                                         * @enum {unknown}
                                         */
                                        state: "ok" | "moved" | "dead" | "error";
                                        /**
                                         * Format: date-time
                                         * @description When the link was last checked
                                         */
                                        checkedAt: string;
                                    } | null;
                                }[];
                                /** @description Other published roadmaps that have a step with the same id, in slug order */
                                alsoIn: {
                                    slug: string;
                                    title: string;
                                }[];
                            }[];
                        }[];
                        plan: {
                            summary?: string;
                            months: {
                                month: number;
                                title: string;
                                goals: string[];
                                /** @description Hours of study per week this month */
                                hoursPerWeek: {
                                    min: number;
                                    max: number;
                                };
                                steps: string[];
                            }[];
                        };
                        priorities: {
                            rank: number;
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            reason: string;
                            steps?: string[];
                        }[];
                        challenges: {
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            /** @description What it looks like */
                            symptoms: string;
                            /** @description How to get through it */
                            remedy: string;
                        }[];
                        checklist: {
                            /** @description Stable kebab-case id */
                            id: string;
                            title: string;
                            detail: string;
                        }[];
                        faq: {
                            /** @description Stable kebab-case id */
                            id: string;
                            question: string;
                            /** @description Markdown answer */
                            answer: string;
                        }[];
                        alternatives: {
                            id: string;
                            title: string;
                            detail: string;
                            /** @description The Waymark roadmap for that path; null when there is none, or it is not published */
                            roadmap: {
                                slug: string;
                                title: string;
                            } | null;
                        }[];
                        closings: {
                            /** @description Markdown */
                            history?: string;
                            /** @description Markdown */
                            market?: string;
                            /** @description Markdown */
                            checklist?: string;
                        };
                        /** @description Markdown */
                        conclusion: string;
                        stats: {
                            tiers: number;
                            steps: number;
                            estimatedHours: number;
                            resources: number;
                        };
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The latest published version (its changelog: GET /v1/roadmaps/{slug}/versions); null only for a roadmap that no import or publish has written since versions began */
                        version: {
                            number: number;
                            /** Format: date-time */
                            publishedAt: string;
                        } | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportRoadmap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One roadmap as a content folder (docs/content-format.md): its roadmap.yaml, a file for each step, and resources/resources.yaml with the resources its steps link, so the folder loads and imports on its own */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Sorted by path */
                        files: {
                            /** @description Relative to the content folder, with forward slashes, as in roadmaps/<slug>/roadmap.yaml */
                            path: string;
                            /** @description The text of the file (UTF-8) */
                            content: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The draft id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One roadmap as a content folder (docs/content-format.md): its roadmap.yaml, a file for each step, and resources/resources.yaml with the resources its steps link, so the folder loads and imports on its own */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Sorted by path */
                        files: {
                            /** @description Relative to the content folder, with forward slashes, as in roadmaps/<slug>/roadmap.yaml */
                            path: string;
                            /** @description The text of the file (UTF-8) */
                            content: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the revision the request is about */
                "if-match"?: string;
            };
            path: {
                /** @description The draft id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The roadmap the draft publishes as; the title is the draft’s */
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /**
                         * @description edit: changes a published roadmap; new: becomes a new roadmap
                         * @enum {unknown}
                         */
                        kind: "edit" | "new";
                        /**
                         * @description draft (being written), in_review (submitted; cannot change), approved (at its current revision; a change makes it a draft again), published, or discarded
                         * @enum {unknown}
                         */
                        status: "draft" | "in_review" | "approved" | "published" | "discarded";
                        /** @description Counts the changes from 1; the ETag names it */
                        revision: number;
                        /** @description The ETag of this revision, for If-Match */
                        etag: string;
                        /** @description The number of the published version the draft started from; null for a new roadmap */
                        basedOnVersion: number | null;
                        /** @description The hash of that version’s whole document (steps and FAQ included); null for a new roadmap. Publishing is refused when the roadmap’s latest version is another one */
                        basedOnHash: string | null;
                        startedFrom: {
                            /** @description Roadmap slug */
                            published: string;
                        } | {
                            /** @description Roadmap slug */
                            copy: string;
                        } | {
                            /** @enum {boolean} */
                            empty: true;
                        };
                        /** @description null when the author’s account was removed */
                        author: {
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Where the draft is read and changed */
                        href: string;
                        /** @description A whole roadmap in the shape of its content files (docs/content-format.md) */
                        document: {
                            /** @description Stable kebab-case id */
                            slug: string;
                            title: string;
                            summary: string;
                            /** @enum {unknown} */
                            license: "CC-BY-SA-4.0";
                            /** @description The job this roadmap leads to, lower case, as in "what a <role> does" */
                            role: string;
                            /**
                             * @description beginner, intermediate or advanced
                             * @enum {unknown}
                             */
                            level: "beginner" | "intermediate" | "advanced";
                            /** @description The edition a reader sees: "Roadmap · <year>, updated <date>" */
                            edition: {
                                year: number;
                                /** @description A calendar date, YYYY-MM-DD */
                                updated: string;
                            };
                            /** @description What a learner can do at the end */
                            outcomes: string[];
                            duties: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            keepInMind: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            /** @description Markdown: what the roadmap is and how to use it */
                            intro: string;
                            audience: string[];
                            beforeYouStart: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            durations: {
                                /** @description Stable kebab-case id */
                                id: string;
                                label: string;
                                /** @description Hours of study per week */
                                hoursPerWeek: {
                                    min: number;
                                    max: number;
                                };
                                /** @description Months to finish at that pace */
                                months: {
                                    min: number;
                                    max: number;
                                };
                                note?: string;
                            }[];
                            history: {
                                /** @description Stable kebab-case id */
                                id: string;
                                period: string;
                                title: string;
                                summary: string;
                            }[];
                            market: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description Markdown */
                                body: string;
                            }[];
                            tiers: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                steps: string[];
                            }[];
                            plan: {
                                summary?: string;
                                months: {
                                    month: number;
                                    title: string;
                                    goals: string[];
                                    /** @description Hours of study per week this month */
                                    hoursPerWeek: {
                                        min: number;
                                        max: number;
                                    };
                                    steps: string[];
                                }[];
                            };
                            priorities: {
                                rank: number;
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                reason: string;
                                steps?: string[];
                            }[];
                            challenges: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description What it looks like */
                                symptoms: string;
                                /** @description How to get through it */
                                remedy: string;
                            }[];
                            checklist: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            faq: {
                                /** @description Stable kebab-case id */
                                id: string;
                                question: string;
                                /** @description Markdown answer */
                                answer: string;
                            }[];
                            alternatives: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                                /** @description Slug of a Waymark roadmap for that path */
                                roadmap?: string;
                            }[];
                            closings: {
                                /** @description Markdown */
                                history?: string;
                                /** @description Markdown */
                                market?: string;
                                /** @description Markdown */
                                checklist?: string;
                            };
                            /** @description Markdown */
                            conclusion: string;
                            /** @description Change notes of the version the next import makes when this roadmap changed (not part of it) */
                            changes?: string;
                            /** @description Every step, each placed in one tier */
                            steps: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                topics: string[];
                                estimatedHours: number;
                                resources: string[];
                                /** @description Markdown body of the step */
                                body: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDraftReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The draft id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Oldest first */
                        items: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description comment: says something, changes nothing; changes_requested: sends the draft back to its editors; approved: approves the draft at its current revision, for publishing
                             * @enum {unknown}
                             */
                            kind: "comment" | "changes_requested" | "approved";
                            body: string;
                            /** @description The revision of the draft the reviewer read */
                            draftRevision: number;
                            /** @description null when the reviewer’s account was removed */
                            author: {
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        /** @description Whether the caller may approve this draft: not the editor who started it, unless DRAFTS_SINGLE_EDITOR allows it */
                        youMayApprove: boolean;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The draft id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description comment: says something, changes nothing; changes_requested: sends the draft back to its editors; approved: approves the draft at its current revision, for publishing
                     * @enum {unknown}
                     */
                    kind: "comment" | "changes_requested" | "approved";
                    /** @description What the reviewer says (required for a comment) */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description comment: says something, changes nothing; changes_requested: sends the draft back to its editors; approved: approves the draft at its current revision, for publishing
                         * @enum {unknown}
                         */
                        kind: "comment" | "changes_requested" | "approved";
                        body: string;
                        /** @description The revision of the draft the reviewer read */
                        draftRevision: number;
                        /** @description null when the reviewer’s account was removed */
                        author: {
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    diffDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The draft id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What publishing the draft would change, in the shape of a diff between two versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The published version the draft is compared with; null for a new roadmap (everything is added) */
                        from: number | null;
                        /** @description The number the draft would be published as */
                        to: number;
                        steps: {
                            added: {
                                id: string;
                                title: string;
                                tierId: string;
                                tierTitle: string;
                                /** @description The step’s number along the whole path */
                                number: number;
                            }[];
                            /** @description Where the step was */
                            removed: {
                                id: string;
                                title: string;
                                tierId: string;
                                tierTitle: string;
                                /** @description The step’s number along the whole path */
                                number: number;
                            }[];
                            /** @description Steps in another tier, or out of their order relative to the steps both versions have */
                            moved: {
                                id: string;
                                title: string;
                                before: {
                                    tierId: string;
                                    tierTitle: string;
                                    /** @description The step’s number along the whole path */
                                    number: number;
                                };
                                after: {
                                    tierId: string;
                                    tierTitle: string;
                                    /** @description The step’s number along the whole path */
                                    number: number;
                                };
                            }[];
                            renamed: {
                                id: string;
                                before: string;
                                after: string;
                            }[];
                        };
                        /** @description Every text that differs, steps first, in the order of the page */
                        texts: {
                            /** @description Where the text is: steps, a roadmap field (title, intro, conclusion, …), a list section (duties, tiers, plan, priorities, challenges, checklist, faq, …) or closings */
                            section: string;
                            /** @description The step or item of the section (a plan month is month-<n>); null for the section itself */
                            itemId: string | null;
                            /** @description What a reader calls that item, as it is now */
                            itemTitle: string | null;
                            /** @description The field that changed, e.g. body, summary, estimatedHours, answer */
                            field: string;
                            /** @description The old text; null when the item is new */
                            before: string | null;
                            /** @description The new text; null when the item was removed */
                            after: string | null;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the revision the request is about */
                "if-match"?: string;
            };
            path: {
                /** @description The draft id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What changed, for learners: the notes of the new version */
                    notes: string;
                    /** @description What became of steps of the published version that the draft removes, splits or merges: each maps a step to its successors or retires it. A removed step learners have progress on needs an entry. Learners’ statuses, notes and bookmarks follow it; nothing is deleted (docs/decisions/0032). */
                    mapping?: ({
                        from: string;
                        /** @description Its successors: steps of the new document, or removed steps that are themselves mapped on (no cycle) */
                        to: string[];
                    } | {
                        from: string;
                        /** @enum {boolean} */
                        retire: true;
                    })[];
                    /** @description What became of checklist items of the published version that the draft removes, splits or merges, by the rules of `mapping`. A removed item learners have answered needs an entry. Their answers follow it (the most confident one, unless their own answer on the successor is newer); nothing is deleted (docs/decisions/0036). */
                    checklistMapping?: ({
                        from: string;
                        /** @description Its successors: checklist items of the new document, or removed checklist items that are themselves mapped on (no cycle) */
                        to: string[];
                    } | {
                        from: string;
                        /** @enum {boolean} */
                        retire: true;
                    })[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roadmap: {
                            slug: string;
                            /** @description Where learners read it */
                            href: string;
                        };
                        /** @description The new version; null when the draft equals the latest version (no new version was numbered) */
                        version: {
                            number: number;
                        } | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Roadmap slug */
                    slug: string;
                    /** @description The fork’s title (upstream’s if absent) */
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Roadmap slug */
                        slug: string;
                        title: string;
                        /** @description Where learners read the fork */
                        href: string;
                        upstream: {
                            /** @description Roadmap slug */
                            slug: string;
                            /** @description The upstream version the fork is laid on */
                            version: number;
                            latestVersion: number | null;
                        };
                        /** @description The fork’s own latest version */
                        version: number | null;
                        /** @description What a fork changes on top of its upstream version */
                        overlay: {
                            /** @description The fork’s title (the upstream’s if absent) */
                            title?: string;
                            /** @description The fork’s summary (the upstream’s if absent) */
                            summary?: string;
                            /** @description Upstream steps learners of the fork do not see */
                            hide?: string[];
                            /** @description Steps of the fork’s own, each placed after a step or at a tier’s start */
                            add?: {
                                step: {
                                    /** @description Stable kebab-case id */
                                    id: string;
                                    title: string;
                                    summary: string;
                                    topics: string[];
                                    estimatedHours: number;
                                    resources: string[];
                                    /** @description Markdown body of the step */
                                    body: string;
                                };
                                /** @description Placed after this step (upstream or added) */
                                after?: string;
                                /** @description Or placed first in this upstream tier */
                                tier?: string;
                            }[];
                            /** @description A tier’s steps in the fork’s order: those listed first, the others after them */
                            order?: {
                                tier: string;
                                steps: string[];
                            }[];
                            rename?: {
                                step: string;
                                /** @description The step’s title in the fork */
                                title?: string;
                                /** @description Its summary in the fork */
                                summary?: string;
                            }[];
                            /** @description Resources the fork adds to upstream steps */
                            resources?: {
                                step: string;
                                add: string[];
                            }[];
                            /** @description The fork’s own note on upstream steps */
                            notes?: {
                                step: string;
                                /** @description Markdown, shown to learners below the step */
                                note: string;
                            }[];
                        };
                        revision: number;
                        /** @description Send it as If-Match to change the overlay or accept a proposal */
                        etag: string;
                        openProposal: {
                            /** Format: uuid */
                            id: string;
                            href: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listForks: {
        parameters: {
            query?: {
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description In slug order */
                        items: {
                            /** @description Roadmap slug */
                            slug: string;
                            title: string;
                            /** @description Where learners read the fork */
                            href: string;
                            upstream: {
                                /** @description Roadmap slug */
                                slug: string;
                                /** @description The upstream version the fork is laid on */
                                version: number;
                                latestVersion: number | null;
                            };
                            /** @description The fork’s own latest version */
                            version: number | null;
                            openProposal: {
                                /** Format: uuid */
                                id: string;
                                href: string;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Roadmap slug */
                        slug: string;
                        title: string;
                        /** @description Where learners read the fork */
                        href: string;
                        upstream: {
                            /** @description Roadmap slug */
                            slug: string;
                            /** @description The upstream version the fork is laid on */
                            version: number;
                            latestVersion: number | null;
                        };
                        /** @description The fork’s own latest version */
                        version: number | null;
                        /** @description What a fork changes on top of its upstream version */
                        overlay: {
                            /** @description The fork’s title (the upstream’s if absent) */
                            title?: string;
                            /** @description The fork’s summary (the upstream’s if absent) */
                            summary?: string;
                            /** @description Upstream steps learners of the fork do not see */
                            hide?: string[];
                            /** @description Steps of the fork’s own, each placed after a step or at a tier’s start */
                            add?: {
                                step: {
                                    /** @description Stable kebab-case id */
                                    id: string;
                                    title: string;
                                    summary: string;
                                    topics: string[];
                                    estimatedHours: number;
                                    resources: string[];
                                    /** @description Markdown body of the step */
                                    body: string;
                                };
                                /** @description Placed after this step (upstream or added) */
                                after?: string;
                                /** @description Or placed first in this upstream tier */
                                tier?: string;
                            }[];
                            /** @description A tier’s steps in the fork’s order: those listed first, the others after them */
                            order?: {
                                tier: string;
                                steps: string[];
                            }[];
                            rename?: {
                                step: string;
                                /** @description The step’s title in the fork */
                                title?: string;
                                /** @description Its summary in the fork */
                                summary?: string;
                            }[];
                            /** @description Resources the fork adds to upstream steps */
                            resources?: {
                                step: string;
                                add: string[];
                            }[];
                            /** @description The fork’s own note on upstream steps */
                            notes?: {
                                step: string;
                                /** @description Markdown, shown to learners below the step */
                                note: string;
                            }[];
                        };
                        revision: number;
                        /** @description Send it as If-Match to change the overlay or accept a proposal */
                        etag: string;
                        openProposal: {
                            /** Format: uuid */
                            id: string;
                            href: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeForkOverlay: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the revision the request is about */
                "if-match"?: string;
            };
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What a fork changes on top of its upstream version */
                    overlay: {
                        /** @description The fork’s title (the upstream’s if absent) */
                        title?: string;
                        /** @description The fork’s summary (the upstream’s if absent) */
                        summary?: string;
                        /** @description Upstream steps learners of the fork do not see */
                        hide?: string[];
                        /** @description Steps of the fork’s own, each placed after a step or at a tier’s start */
                        add?: {
                            step: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                topics: string[];
                                estimatedHours: number;
                                resources: string[];
                                /** @description Markdown body of the step */
                                body: string;
                            };
                            /** @description Placed after this step (upstream or added) */
                            after?: string;
                            /** @description Or placed first in this upstream tier */
                            tier?: string;
                        }[];
                        /** @description A tier’s steps in the fork’s order: those listed first, the others after them */
                        order?: {
                            tier: string;
                            steps: string[];
                        }[];
                        rename?: {
                            step: string;
                            /** @description The step’s title in the fork */
                            title?: string;
                            /** @description Its summary in the fork */
                            summary?: string;
                        }[];
                        /** @description Resources the fork adds to upstream steps */
                        resources?: {
                            step: string;
                            add: string[];
                        }[];
                        /** @description The fork’s own note on upstream steps */
                        notes?: {
                            step: string;
                            /** @description Markdown, shown to learners below the step */
                            note: string;
                        }[];
                    };
                    /** @description What changed, for learners of the fork */
                    notes: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fork: {
                            /** @description Roadmap slug */
                            slug: string;
                            title: string;
                            /** @description Where learners read the fork */
                            href: string;
                            upstream: {
                                /** @description Roadmap slug */
                                slug: string;
                                /** @description The upstream version the fork is laid on */
                                version: number;
                                latestVersion: number | null;
                            };
                            /** @description The fork’s own latest version */
                            version: number | null;
                            /** @description What a fork changes on top of its upstream version */
                            overlay: {
                                /** @description The fork’s title (the upstream’s if absent) */
                                title?: string;
                                /** @description The fork’s summary (the upstream’s if absent) */
                                summary?: string;
                                /** @description Upstream steps learners of the fork do not see */
                                hide?: string[];
                                /** @description Steps of the fork’s own, each placed after a step or at a tier’s start */
                                add?: {
                                    step: {
                                        /** @description Stable kebab-case id */
                                        id: string;
                                        title: string;
                                        summary: string;
                                        topics: string[];
                                        estimatedHours: number;
                                        resources: string[];
                                        /** @description Markdown body of the step */
                                        body: string;
                                    };
                                    /** @description Placed after this step (upstream or added) */
                                    after?: string;
                                    /** @description Or placed first in this upstream tier */
                                    tier?: string;
                                }[];
                                /** @description A tier’s steps in the fork’s order: those listed first, the others after them */
                                order?: {
                                    tier: string;
                                    steps: string[];
                                }[];
                                rename?: {
                                    step: string;
                                    /** @description The step’s title in the fork */
                                    title?: string;
                                    /** @description Its summary in the fork */
                                    summary?: string;
                                }[];
                                /** @description Resources the fork adds to upstream steps */
                                resources?: {
                                    step: string;
                                    add: string[];
                                }[];
                                /** @description The fork’s own note on upstream steps */
                                notes?: {
                                    step: string;
                                    /** @description Markdown, shown to learners below the step */
                                    note: string;
                                }[];
                            };
                            revision: number;
                            /** @description Send it as If-Match to change the overlay or accept a proposal */
                            etag: string;
                            openProposal: {
                                /** Format: uuid */
                                id: string;
                                href: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        /** @description The fork’s new version; null when its document did not change */
                        version: {
                            number: number;
                        } | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listForkProposals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Newest first */
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description Roadmap slug */
                            fork: string;
                            /** @description Roadmap slug */
                            upstream: string;
                            /** @description The upstream version the fork was on */
                            fromVersion: number;
                            /** @description The upstream version proposed */
                            toVersion: number;
                            /**
                             * @description open: waiting for the fork’s editors; accepted, declined; superseded: a newer upstream version came
                             * @enum {unknown}
                             */
                            status: "open" | "accepted" | "declined" | "superseded";
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            href: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getForkProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The proposal id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Roadmap slug */
                        fork: string;
                        /** @description Roadmap slug */
                        upstream: string;
                        /** @description The upstream version the fork was on */
                        fromVersion: number;
                        /** @description The upstream version proposed */
                        toVersion: number;
                        /**
                         * @description open: waiting for the fork’s editors; accepted, declined; superseded: a newer upstream version came
                         * @enum {unknown}
                         */
                        status: "open" | "accepted" | "declined" | "superseded";
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                        href: string;
                        /** @description The fork’s ETag: If-Match for accepting */
                        forkEtag: string;
                        diff: {
                            from: number;
                            to: number;
                            steps: {
                                added: {
                                    id: string;
                                    title: string;
                                    tierId: string;
                                    tierTitle: string;
                                    /** @description The step’s number along the whole path */
                                    number: number;
                                }[];
                                /** @description Where the step was */
                                removed: {
                                    id: string;
                                    title: string;
                                    tierId: string;
                                    tierTitle: string;
                                    /** @description The step’s number along the whole path */
                                    number: number;
                                }[];
                                /** @description Steps in another tier, or out of their order relative to the steps both versions have */
                                moved: {
                                    id: string;
                                    title: string;
                                    before: {
                                        tierId: string;
                                        tierTitle: string;
                                        /** @description The step’s number along the whole path */
                                        number: number;
                                    };
                                    after: {
                                        tierId: string;
                                        tierTitle: string;
                                        /** @description The step’s number along the whole path */
                                        number: number;
                                    };
                                }[];
                                renamed: {
                                    id: string;
                                    before: string;
                                    after: string;
                                }[];
                            };
                            /** @description Every text that differs, steps first, in the order of the page */
                            texts: {
                                /** @description Where the text is: steps, a roadmap field (title, intro, conclusion, …), a list section (duties, tiers, plan, priorities, challenges, checklist, faq, …) or closings */
                                section: string;
                                /** @description The step or item of the section (a plan month is month-<n>); null for the section itself */
                                itemId: string | null;
                                /** @description What a reader calls that item, as it is now */
                                itemTitle: string | null;
                                /** @description The field that changed, e.g. body, summary, estimatedHours, answer */
                                field: string;
                                /** @description The old text; null when the item is new */
                                before: string | null;
                                /** @description The new text; null when the item was removed */
                                after: string | null;
                            }[];
                        };
                        /** @description The overlay entries the upstream change touches */
                        touches: {
                            pointer: string;
                            stepId: string;
                            detail: string;
                        }[];
                        /** @description Overlay entries that no longer apply; the result goes without them */
                        dropped: {
                            pointer: string;
                            entry: unknown;
                            detail: string;
                        }[];
                        /** @description What a fork changes on top of its upstream version */
                        overlay: {
                            /** @description The fork’s title (the upstream’s if absent) */
                            title?: string;
                            /** @description The fork’s summary (the upstream’s if absent) */
                            summary?: string;
                            /** @description Upstream steps learners of the fork do not see */
                            hide?: string[];
                            /** @description Steps of the fork’s own, each placed after a step or at a tier’s start */
                            add?: {
                                step: {
                                    /** @description Stable kebab-case id */
                                    id: string;
                                    title: string;
                                    summary: string;
                                    topics: string[];
                                    estimatedHours: number;
                                    resources: string[];
                                    /** @description Markdown body of the step */
                                    body: string;
                                };
                                /** @description Placed after this step (upstream or added) */
                                after?: string;
                                /** @description Or placed first in this upstream tier */
                                tier?: string;
                            }[];
                            /** @description A tier’s steps in the fork’s order: those listed first, the others after them */
                            order?: {
                                tier: string;
                                steps: string[];
                            }[];
                            rename?: {
                                step: string;
                                /** @description The step’s title in the fork */
                                title?: string;
                                /** @description Its summary in the fork */
                                summary?: string;
                            }[];
                            /** @description Resources the fork adds to upstream steps */
                            resources?: {
                                step: string;
                                add: string[];
                            }[];
                            /** @description The fork’s own note on upstream steps */
                            notes?: {
                                step: string;
                                /** @description Markdown, shown to learners below the step */
                                note: string;
                            }[];
                        };
                        /** @description A whole roadmap in the shape of its content files (docs/content-format.md) */
                        result: {
                            /** @description Stable kebab-case id */
                            slug: string;
                            title: string;
                            summary: string;
                            /** @enum {unknown} */
                            license: "CC-BY-SA-4.0";
                            /** @description The job this roadmap leads to, lower case, as in "what a <role> does" */
                            role: string;
                            /**
                             * @description beginner, intermediate or advanced
                             * @enum {unknown}
                             */
                            level: "beginner" | "intermediate" | "advanced";
                            /** @description The edition a reader sees: "Roadmap · <year>, updated <date>" */
                            edition: {
                                year: number;
                                /** @description A calendar date, YYYY-MM-DD */
                                updated: string;
                            };
                            /** @description What a learner can do at the end */
                            outcomes: string[];
                            duties: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            keepInMind: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            /** @description Markdown: what the roadmap is and how to use it */
                            intro: string;
                            audience: string[];
                            beforeYouStart: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            durations: {
                                /** @description Stable kebab-case id */
                                id: string;
                                label: string;
                                /** @description Hours of study per week */
                                hoursPerWeek: {
                                    min: number;
                                    max: number;
                                };
                                /** @description Months to finish at that pace */
                                months: {
                                    min: number;
                                    max: number;
                                };
                                note?: string;
                            }[];
                            history: {
                                /** @description Stable kebab-case id */
                                id: string;
                                period: string;
                                title: string;
                                summary: string;
                            }[];
                            market: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description Markdown */
                                body: string;
                            }[];
                            tiers: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                steps: string[];
                            }[];
                            plan: {
                                summary?: string;
                                months: {
                                    month: number;
                                    title: string;
                                    goals: string[];
                                    /** @description Hours of study per week this month */
                                    hoursPerWeek: {
                                        min: number;
                                        max: number;
                                    };
                                    steps: string[];
                                }[];
                            };
                            priorities: {
                                rank: number;
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                reason: string;
                                steps?: string[];
                            }[];
                            challenges: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                /** @description What it looks like */
                                symptoms: string;
                                /** @description How to get through it */
                                remedy: string;
                            }[];
                            checklist: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                            }[];
                            faq: {
                                /** @description Stable kebab-case id */
                                id: string;
                                question: string;
                                /** @description Markdown answer */
                                answer: string;
                            }[];
                            alternatives: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                detail: string;
                                /** @description Slug of a Waymark roadmap for that path */
                                roadmap?: string;
                            }[];
                            closings: {
                                /** @description Markdown */
                                history?: string;
                                /** @description Markdown */
                                market?: string;
                                /** @description Markdown */
                                checklist?: string;
                            };
                            /** @description Markdown */
                            conclusion: string;
                            /** @description Change notes of the version the next import makes when this roadmap changed (not part of it) */
                            changes?: string;
                            /** @description Every step, each placed in one tier */
                            steps: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                topics: string[];
                                estimatedHours: number;
                                resources: string[];
                                /** @description Markdown body of the step */
                                body: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptForkProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the revision the request is about */
                "if-match"?: string;
            };
            path: {
                /** @description The proposal id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What a fork changes on top of its upstream version */
                    overlay?: {
                        /** @description The fork’s title (the upstream’s if absent) */
                        title?: string;
                        /** @description The fork’s summary (the upstream’s if absent) */
                        summary?: string;
                        /** @description Upstream steps learners of the fork do not see */
                        hide?: string[];
                        /** @description Steps of the fork’s own, each placed after a step or at a tier’s start */
                        add?: {
                            step: {
                                /** @description Stable kebab-case id */
                                id: string;
                                title: string;
                                summary: string;
                                topics: string[];
                                estimatedHours: number;
                                resources: string[];
                                /** @description Markdown body of the step */
                                body: string;
                            };
                            /** @description Placed after this step (upstream or added) */
                            after?: string;
                            /** @description Or placed first in this upstream tier */
                            tier?: string;
                        }[];
                        /** @description A tier’s steps in the fork’s order: those listed first, the others after them */
                        order?: {
                            tier: string;
                            steps: string[];
                        }[];
                        rename?: {
                            step: string;
                            /** @description The step’s title in the fork */
                            title?: string;
                            /** @description Its summary in the fork */
                            summary?: string;
                        }[];
                        /** @description Resources the fork adds to upstream steps */
                        resources?: {
                            step: string;
                            add: string[];
                        }[];
                        /** @description The fork’s own note on upstream steps */
                        notes?: {
                            step: string;
                            /** @description Markdown, shown to learners below the step */
                            note: string;
                        }[];
                    };
                    /** @description What changed, for learners of the fork */
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fork: {
                            /** @description Roadmap slug */
                            slug: string;
                            title: string;
                            /** @description Where learners read the fork */
                            href: string;
                            upstream: {
                                /** @description Roadmap slug */
                                slug: string;
                                /** @description The upstream version the fork is laid on */
                                version: number;
                                latestVersion: number | null;
                            };
                            /** @description The fork’s own latest version */
                            version: number | null;
                            /** @description What a fork changes on top of its upstream version */
                            overlay: {
                                /** @description The fork’s title (the upstream’s if absent) */
                                title?: string;
                                /** @description The fork’s summary (the upstream’s if absent) */
                                summary?: string;
                                /** @description Upstream steps learners of the fork do not see */
                                hide?: string[];
                                /** @description Steps of the fork’s own, each placed after a step or at a tier’s start */
                                add?: {
                                    step: {
                                        /** @description Stable kebab-case id */
                                        id: string;
                                        title: string;
                                        summary: string;
                                        topics: string[];
                                        estimatedHours: number;
                                        resources: string[];
                                        /** @description Markdown body of the step */
                                        body: string;
                                    };
                                    /** @description Placed after this step (upstream or added) */
                                    after?: string;
                                    /** @description Or placed first in this upstream tier */
                                    tier?: string;
                                }[];
                                /** @description A tier’s steps in the fork’s order: those listed first, the others after them */
                                order?: {
                                    tier: string;
                                    steps: string[];
                                }[];
                                rename?: {
                                    step: string;
                                    /** @description The step’s title in the fork */
                                    title?: string;
                                    /** @description Its summary in the fork */
                                    summary?: string;
                                }[];
                                /** @description Resources the fork adds to upstream steps */
                                resources?: {
                                    step: string;
                                    add: string[];
                                }[];
                                /** @description The fork’s own note on upstream steps */
                                notes?: {
                                    step: string;
                                    /** @description Markdown, shown to learners below the step */
                                    note: string;
                                }[];
                            };
                            revision: number;
                            /** @description Send it as If-Match to change the overlay or accept a proposal */
                            etag: string;
                            openProposal: {
                                /** Format: uuid */
                                id: string;
                                href: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        /** @description The fork’s new version; null when its document did not change */
                        version: {
                            number: number;
                        } | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineForkProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The proposal id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Roadmap slug */
                        fork: string;
                        /** @description Roadmap slug */
                        upstream: string;
                        /** @description The upstream version the fork was on */
                        fromVersion: number;
                        /** @description The upstream version proposed */
                        toVersion: number;
                        /**
                         * @description open: waiting for the fork’s editors; accepted, declined; superseded: a newer upstream version came
                         * @enum {unknown}
                         */
                        status: "open" | "accepted" | "declined" | "superseded";
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                        href: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyMentoredCohorts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Newest first, at most 100 */
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            roadmap: {
                                slug: string;
                                title: string;
                            };
                            /** Format: date */
                            startDate: string;
                            hoursPerWeek: number;
                            /**
                             * Format: date
                             * @description The last stage’s due date
                             */
                            finishOn: string;
                            stages: {
                                month: number;
                                title: string;
                                /** Format: date */
                                startsOn: string;
                                /**
                                 * Format: date
                                 * @description The last day of the stage
                                 */
                                dueOn: string;
                            }[];
                            mentors: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            }[];
                            /** @description true: read-only; every change is refused with 409 */
                            archived: boolean;
                            /** @description null: joining by code is turned off */
                            joinCode: string | null;
                            /** @description Current members (learners who have not left) */
                            members: number;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCohort: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Roadmap slug */
                    roadmap: string;
                    /** @description The cohort’s name, as its members see it */
                    name: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD, in the years 1900–2999
                     */
                    startDate: string;
                    /** @description Hours of study a week, 0.1–80 */
                    hoursPerWeek: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /** Format: date */
                        startDate: string;
                        hoursPerWeek: number;
                        /**
                         * Format: date
                         * @description The last stage’s due date
                         */
                        finishOn: string;
                        stages: {
                            month: number;
                            title: string;
                            /** Format: date */
                            startsOn: string;
                            /**
                             * Format: date
                             * @description The last day of the stage
                             */
                            dueOn: string;
                        }[];
                        mentors: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        }[];
                        /** @description true: read-only; every change is refused with 409 */
                        archived: boolean;
                        /** @description null: joining by code is turned off */
                        joinCode: string | null;
                        /** @description Current members (learners who have not left) */
                        members: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /** Format: date */
                        startDate: string;
                        hoursPerWeek: number;
                        /**
                         * Format: date
                         * @description The last stage’s due date
                         */
                        finishOn: string;
                        stages: {
                            month: number;
                            title: string;
                            /** Format: date */
                            startsOn: string;
                            /**
                             * Format: date
                             * @description The last day of the stage
                             */
                            dueOn: string;
                        }[];
                        mentors: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        }[];
                        /** @description true: read-only; every change is refused with 409 */
                        archived: boolean;
                        /** @description null: joining by code is turned off */
                        joinCode: string | null;
                        /** @description Current members (learners who have not left) */
                        members: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeCohortSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The stages whose due date moves; the others keep theirs. Due dates must stay in order. */
                    stages: {
                        /** @description The stage, by its month in the plan */
                        month: number;
                        /**
                         * Format: date
                         * @description Its new due date
                         */
                        dueOn: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /** Format: date */
                        startDate: string;
                        hoursPerWeek: number;
                        /**
                         * Format: date
                         * @description The last stage’s due date
                         */
                        finishOn: string;
                        stages: {
                            month: number;
                            title: string;
                            /** Format: date */
                            startsOn: string;
                            /**
                             * Format: date
                             * @description The last day of the stage
                             */
                            dueOn: string;
                        }[];
                        mentors: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        }[];
                        /** @description true: read-only; every change is refused with 409 */
                        archived: boolean;
                        /** @description null: joining by code is turned off */
                        joinCode: string | null;
                        /** @description Current members (learners who have not left) */
                        members: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCohortMentor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description The address of an account with the mentor or admin role
                     */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /** Format: date */
                        startDate: string;
                        hoursPerWeek: number;
                        /**
                         * Format: date
                         * @description The last stage’s due date
                         */
                        finishOn: string;
                        stages: {
                            month: number;
                            title: string;
                            /** Format: date */
                            startsOn: string;
                            /**
                             * Format: date
                             * @description The last day of the stage
                             */
                            dueOn: string;
                        }[];
                        mentors: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        }[];
                        /** @description true: read-only; every change is refused with 409 */
                        archived: boolean;
                        /** @description null: joining by code is turned off */
                        joinCode: string | null;
                        /** @description Current members (learners who have not left) */
                        members: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteToCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    emails: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many invites were made; each address gets its own mailed link */
                        invited: number;
                        /**
                         * Format: date-time
                         * @description When the links stop working
                         */
                        expiresAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renewCohortJoinCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description null: joining by code is turned off */
                        joinCode: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    turnOffCohortJoinCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description null: joining by code is turned off */
                        joinCode: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /** Format: date */
                        startDate: string;
                        hoursPerWeek: number;
                        /**
                         * Format: date
                         * @description The last stage’s due date
                         */
                        finishOn: string;
                        stages: {
                            month: number;
                            title: string;
                            /** Format: date */
                            startsOn: string;
                            /**
                             * Format: date
                             * @description The last day of the stage
                             */
                            dueOn: string;
                        }[];
                        mentors: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        }[];
                        /** @description true: read-only; every change is refused with 409 */
                        archived: boolean;
                        /** @description null: joining by code is turned off */
                        joinCode: string | null;
                        /** @description Current members (learners who have not left) */
                        members: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCohortMembers: {
        parameters: {
            query?: {
                /** @description Members per page (1–100) */
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
                /** @description Only members with this status; not_started: no step in progress or done yet */
                status?: "ahead" | "on_track" | "behind" | "not_started";
                /** @description Only members whose display name contains this, any case */
                search?: string;
                /** @description schedule: days ahead (positive) or behind (negative); members with no activity come last */
                sort?: "joined" | "name" | "progress" | "schedule" | "lastActivity";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description The day the schedule is read at (UTC)
                         */
                        today: string;
                        /** @description Where the schedule says every member should be today */
                        expectedPercent: number;
                        /** @description Current members, in joining order unless sorted otherwise */
                        items: {
                            /** Format: uuid */
                            userId: string;
                            displayName: string;
                            /** Format: date-time */
                            joinedAt: string;
                            /** @description false: no step of the roadmap is in progress or done yet */
                            started: boolean;
                            stepsDone: number;
                            /** @description Steps of the roadmap as published now */
                            steps: number;
                            /** @description Estimated hours of the steps done */
                            hoursDone: number;
                            /** @description Share of the estimated hours done; skipped steps count on neither side */
                            percentDone: number;
                            /** @description Where the cohort’s schedule says a member should be today */
                            expectedPercent: number;
                            /**
                             * @description Within 5 percentage points of the schedule is on track
                             * @enum {unknown}
                             */
                            status: "ahead" | "on_track" | "behind";
                            /** @description When behind: how many days ago the schedule expected what is done now */
                            daysBehind: number | null;
                            /** @description When ahead: in how many days the schedule expects what is done now */
                            daysAhead: number | null;
                            /** @description The last change to a step of this roadmap */
                            lastActivityAt: string | null;
                        }[];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCohortDashboard: {
        parameters: {
            query?: {
                /** @description A step in progress stalls when its member has changed nothing on the roadmap for this many days */
                idleDays?: number;
            };
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A cohort at a glance, for its mentors: figures about the members, never one member’s notes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description The day the schedule is read at (UTC)
                         */
                        today: string;
                        /** @description Where the schedule says every member should be today */
                        expectedPercent: number;
                        /** @description Current members by status; not started members are also counted in their status */
                        members: {
                            total: number;
                            ahead: number;
                            onTrack: number;
                            behind: number;
                            notStarted: number;
                        };
                        /** @description How many members have done each tenth of the work (the last one includes 100%) */
                        progressSpread: {
                            fromPercent: number;
                            toPercent: number;
                            members: number;
                        }[];
                        stalls: {
                            idleDays: number;
                            /** @description Steps in progress with no activity for idleDays, most members first (at most 10) */
                            idle: {
                                stepId: string;
                                title: string;
                                members: number;
                                /** Format: date-time */
                                idleSince: string;
                            }[];
                            /** @description Steps the members spend longest on, longest first (at most 10) */
                            slow: {
                                stepId: string;
                                title: string;
                                /** @description Members who started it */
                                members: number;
                                /** @description Of them, still in progress */
                                unfinished: number;
                                /** @description Median days from starting it to finishing it (or to today) */
                                medianDays: number;
                            }[];
                            /** @description Steps members voted not helpful, most such votes first (at most 10); counts only, no names */
                            unhelpful: {
                                stepId: string;
                                title: string;
                                notHelpful: number;
                                votes: number;
                            }[];
                        };
                        /** @description The roadmap’s checklist in its order: how many members answered each item; counts only */
                        checklist: {
                            itemId: string;
                            title: string;
                            answered: number;
                            confident: number;
                            partly: number;
                            notYet: number;
                            /** @description Members who answered “confident”, of all current members */
                            readyPercent: number;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCohortActivity: {
        parameters: {
            query?: {
                /** @description Events per page */
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Current members’ events on the cohort’s roadmap since they joined, newest first */
                        items: {
                            id: number;
                            /** Format: uuid */
                            userId: string;
                            displayName: string;
                            /**
                             * @description checklist: answered an item (the answer itself is not shown); notes are never listed
                             * @enum {unknown}
                             */
                            kind: "followed" | "stopped" | "step_status" | "checklist";
                            /** @description The step or checklist item, when it is still on the roadmap */
                            subject: {
                                id: string;
                                title: string;
                            } | null;
                            /** @description For step_status: the step’s new status */
                            status: ("todo" | "in_progress" | "done" | "skipped") | null;
                            /** Format: date-time */
                            occurredAt: string;
                        }[];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCohortMembersCsv: {
        parameters: {
            query?: {
                /** @description Only members with this status; not_started: no step in progress or done yet */
                status?: "ahead" | "on_track" | "behind" | "not_started";
                /** @description Only members whose display name contains this, any case */
                search?: string;
                /** @description schedule: days ahead (positive) or behind (negative); members with no activity come last */
                sort?: "joined" | "name" | "progress" | "schedule" | "lastActivity";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (RFC 4180) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptCohortInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The token from the mailed invite */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /** Format: date */
                        startDate: string;
                        hoursPerWeek: number;
                        /**
                         * Format: date
                         * @description The last stage’s due date
                         */
                        finishOn: string;
                        stages: {
                            month: number;
                            title: string;
                            /** Format: date */
                            startsOn: string;
                            /**
                             * Format: date
                             * @description The last day of the stage
                             */
                            dueOn: string;
                        }[];
                        mentors: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        }[];
                        /** @description true: read-only; every change is refused with 409 */
                        archived: boolean;
                        /** Format: date-time */
                        joinedAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    joinCohortByCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The cohort’s join code, as its mentor shared it (any case) */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /** Format: date */
                        startDate: string;
                        hoursPerWeek: number;
                        /**
                         * Format: date
                         * @description The last stage’s due date
                         */
                        finishOn: string;
                        stages: {
                            month: number;
                            title: string;
                            /** Format: date */
                            startsOn: string;
                            /**
                             * Format: date
                             * @description The last day of the stage
                             */
                            dueOn: string;
                        }[];
                        mentors: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        }[];
                        /** @description true: read-only; every change is refused with 409 */
                        archived: boolean;
                        /** Format: date-time */
                        joinedAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyCohorts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The cohorts you belong to now, newest first, at most 100 */
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            roadmap: {
                                slug: string;
                                title: string;
                            };
                            /** Format: date */
                            startDate: string;
                            hoursPerWeek: number;
                            /**
                             * Format: date
                             * @description The last stage’s due date
                             */
                            finishOn: string;
                            stages: {
                                month: number;
                                title: string;
                                /** Format: date */
                                startsOn: string;
                                /**
                                 * Format: date
                                 * @description The last day of the stage
                                 */
                                dueOn: string;
                            }[];
                            mentors: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            }[];
                            /** @description true: read-only; every change is refused with 409 */
                            archived: boolean;
                            /** Format: date-time */
                            joinedAt: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        /** Format: date */
                        startDate: string;
                        hoursPerWeek: number;
                        /**
                         * Format: date
                         * @description The last stage’s due date
                         */
                        finishOn: string;
                        stages: {
                            month: number;
                            title: string;
                            /** Format: date */
                            startsOn: string;
                            /**
                             * Format: date
                             * @description The last day of the stage
                             */
                            dueOn: string;
                        }[];
                        mentors: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        }[];
                        /** @description true: read-only; every change is refused with 409 */
                        archived: boolean;
                        /** Format: date-time */
                        joinedAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leaveCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description You left the cohort */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWhatMyMentorsSee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What a mentor sees of one member: progress on the cohort’s roadmap only, never notes or other roadmaps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        displayName: string;
                        /** Format: date-time */
                        joinedAt: string;
                        /** @description false: no step of the roadmap is in progress or done yet */
                        started: boolean;
                        stepsDone: number;
                        /** @description Steps of the roadmap as published now */
                        steps: number;
                        /** @description Estimated hours of the steps done */
                        hoursDone: number;
                        /** @description Share of the estimated hours done; skipped steps count on neither side */
                        percentDone: number;
                        /** @description Where the cohort’s schedule says a member should be today */
                        expectedPercent: number;
                        /**
                         * @description Within 5 percentage points of the schedule is on track
                         * @enum {unknown}
                         */
                        status: "ahead" | "on_track" | "behind";
                        /** @description When behind: how many days ago the schedule expected what is done now */
                        daysBehind: number | null;
                        /** @description When ahead: in how many days the schedule expects what is done now */
                        daysAhead: number | null;
                        /** @description The last change to a step of this roadmap */
                        lastActivityAt: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendCohortMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description One line, the subject of the mail too */
                    subject: string;
                    /** @description The message, in Markdown */
                    body: string;
                    /**
                     * Format: uuid
                     * @description One current member, by user id; left out: every current member
                     */
                    to?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description How many members got it, in the app and by mail */
                        recipients: number;
                        /** Format: date-time */
                        sentAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyMessages: {
        parameters: {
            query?: {
                /** @description Only the unread ones */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many of all your messages are unread */
                        unread: number;
                        /** @description The newest 100 (or the newest 100 unread) */
                        items: {
                            /** Format: uuid */
                            id: string;
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description message: written by a mentor; nudge: sent automatically by the cohort’s rules (decision 0043) */
                            kind: "message" | "nudge";
                            /** @description Null for a nudge, and once the mentor’s account is gone */
                            from: string | null;
                            subject: string;
                            /** @description Markdown */
                            body: string;
                            /** Format: date-time */
                            sentAt: string;
                            readAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markMyMessageRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message is read */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyStepSubmissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The cohorts on this roadmap you are in now and that are not archived: their mentors review your project. Empty: you cannot submit. */
                        cohorts: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        /** @description Your submissions for this step, newest first */
                        items: {
                            /** Format: uuid */
                            id: string;
                            roadmap: {
                                slug: string;
                                title: string;
                            };
                            step: {
                                id: string;
                                title: string;
                            };
                            learner: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            };
                            repositoryUrl: string;
                            deployedUrl: string | null;
                            /** @description Markdown */
                            notes: string;
                            /**
                             * @description Waiting for a mentor, or what the mentor decided
                             * @enum {unknown}
                             */
                            status: "waiting" | "approved" | "changes_requested";
                            /** Format: date-time */
                            submittedAt: string;
                            reviewedAt: string | null;
                            /** @description When the learner submitted again; a superseded submission is history and takes no review */
                            supersededAt: string | null;
                            /** @description Reviews and comments, oldest first */
                            replies: {
                                /** Format: uuid */
                                id: string;
                                author: {
                                    /** @description Null once the account is gone */
                                    id: string | null;
                                    displayName: string | null;
                                };
                                /** @enum {unknown} */
                                role: "learner" | "mentor";
                                /** @description A mentor’s review; null for a comment */
                                decision: ("approved" | "changes_requested") | null;
                                /** @description Markdown; may be empty on an approval */
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where the project’s code is: http:// or https:// */
                    repositoryUrl: string;
                    /** @description Where the project runs, when it does: http:// or https:// */
                    deployedUrl?: string;
                    /** @description What the mentor should know, in Markdown (at most 5,000 characters) */
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        step: {
                            id: string;
                            title: string;
                        };
                        learner: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        };
                        repositoryUrl: string;
                        deployedUrl: string | null;
                        /** @description Markdown */
                        notes: string;
                        /**
                         * @description Waiting for a mentor, or what the mentor decided
                         * @enum {unknown}
                         */
                        status: "waiting" | "approved" | "changes_requested";
                        /** Format: date-time */
                        submittedAt: string;
                        reviewedAt: string | null;
                        /** @description When the learner submitted again; a superseded submission is history and takes no review */
                        supersededAt: string | null;
                        /** @description Reviews and comments, oldest first */
                        replies: {
                            /** Format: uuid */
                            id: string;
                            author: {
                                /** @description Null once the account is gone */
                                id: string | null;
                                displayName: string | null;
                            };
                            /** @enum {unknown} */
                            role: "learner" | "mentor";
                            /** @description A mentor’s review; null for a comment */
                            decision: ("approved" | "changes_requested") | null;
                            /** @description Markdown; may be empty on an approval */
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The submission id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        step: {
                            id: string;
                            title: string;
                        };
                        learner: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        };
                        repositoryUrl: string;
                        deployedUrl: string | null;
                        /** @description Markdown */
                        notes: string;
                        /**
                         * @description Waiting for a mentor, or what the mentor decided
                         * @enum {unknown}
                         */
                        status: "waiting" | "approved" | "changes_requested";
                        /** Format: date-time */
                        submittedAt: string;
                        reviewedAt: string | null;
                        /** @description When the learner submitted again; a superseded submission is history and takes no review */
                        supersededAt: string | null;
                        /** @description Reviews and comments, oldest first */
                        replies: {
                            /** Format: uuid */
                            id: string;
                            author: {
                                /** @description Null once the account is gone */
                                id: string | null;
                                displayName: string | null;
                            };
                            /** @enum {unknown} */
                            role: "learner" | "mentor";
                            /** @description A mentor’s review; null for a comment */
                            decision: ("approved" | "changes_requested") | null;
                            /** @description Markdown; may be empty on an approval */
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The submission id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Approve the project, or ask for changes (then say which in the comment)
                     * @enum {unknown}
                     */
                    decision: "approved" | "changes_requested";
                    /** @description What the learner should read; required when asking for changes, in Markdown (at most 5,000 characters) */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        step: {
                            id: string;
                            title: string;
                        };
                        learner: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        };
                        repositoryUrl: string;
                        deployedUrl: string | null;
                        /** @description Markdown */
                        notes: string;
                        /**
                         * @description Waiting for a mentor, or what the mentor decided
                         * @enum {unknown}
                         */
                        status: "waiting" | "approved" | "changes_requested";
                        /** Format: date-time */
                        submittedAt: string;
                        reviewedAt: string | null;
                        /** @description When the learner submitted again; a superseded submission is history and takes no review */
                        supersededAt: string | null;
                        /** @description Reviews and comments, oldest first */
                        replies: {
                            /** Format: uuid */
                            id: string;
                            author: {
                                /** @description Null once the account is gone */
                                id: string | null;
                                displayName: string | null;
                            };
                            /** @enum {unknown} */
                            role: "learner" | "mentor";
                            /** @description A mentor’s review; null for a comment */
                            decision: ("approved" | "changes_requested") | null;
                            /** @description Markdown; may be empty on an approval */
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    commentOnSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The submission id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The comment, in Markdown (at most 5,000 characters) */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        roadmap: {
                            slug: string;
                            title: string;
                        };
                        step: {
                            id: string;
                            title: string;
                        };
                        learner: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        };
                        repositoryUrl: string;
                        deployedUrl: string | null;
                        /** @description Markdown */
                        notes: string;
                        /**
                         * @description Waiting for a mentor, or what the mentor decided
                         * @enum {unknown}
                         */
                        status: "waiting" | "approved" | "changes_requested";
                        /** Format: date-time */
                        submittedAt: string;
                        reviewedAt: string | null;
                        /** @description When the learner submitted again; a superseded submission is history and takes no review */
                        supersededAt: string | null;
                        /** @description Reviews and comments, oldest first */
                        replies: {
                            /** Format: uuid */
                            id: string;
                            author: {
                                /** @description Null once the account is gone */
                                id: string | null;
                                displayName: string | null;
                            };
                            /** @enum {unknown} */
                            role: "learner" | "mentor";
                            /** @description A mentor’s review; null for a comment */
                            decision: ("approved" | "changes_requested") | null;
                            /** @description Markdown; may be empty on an approval */
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCohortSubmissions: {
        parameters: {
            query?: {
                status?: "waiting" | "approved" | "changes_requested";
                /** @description Submissions per page */
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many current submissions of current members have this status */
                        total: number;
                        /** @description Oldest submission first: the one waiting longest leads */
                        items: {
                            /** Format: uuid */
                            id: string;
                            learner: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            };
                            step: {
                                id: string;
                                title: string;
                            };
                            /**
                             * @description Waiting for a mentor, or what the mentor decided
                             * @enum {unknown}
                             */
                            status: "waiting" | "approved" | "changes_requested";
                            /** Format: date-time */
                            submittedAt: string;
                            reviewedAt: string | null;
                            /** @description From submission to its review, or to now while it waits */
                            waitedMinutes: number;
                            /** @description The learner submitted this step before */
                            resubmission: boolean;
                        }[];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCohortNudges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each nudge goes to a member at most once a week (ISO week, UTC) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        behind: {
                            /** @description Whether the job sends this nudge */
                            enabled: boolean;
                            /** @description Nudge a member who is behind the cohort’s schedule by more than this many days */
                            days: number;
                        };
                        inactive: {
                            /** @description Whether the job sends this nudge */
                            enabled: boolean;
                            /** @description Nudge a member who has changed no step of the roadmap for this many days */
                            days: number;
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCohortNudges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        /** @description Each nudge goes to a member at most once a week (ISO week, UTC) */
        requestBody: {
            content: {
                "application/json": {
                    behind: {
                        /** @description Whether the job sends this nudge */
                        enabled: boolean;
                        /** @description Nudge a member who is behind the cohort’s schedule by more than this many days */
                        days: number;
                    };
                    inactive: {
                        /** @description Whether the job sends this nudge */
                        enabled: boolean;
                        /** @description Nudge a member who has changed no step of the roadmap for this many days */
                        days: number;
                    };
                };
            };
        };
        responses: {
            /** @description Each nudge goes to a member at most once a week (ISO week, UTC) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        behind: {
                            /** @description Whether the job sends this nudge */
                            enabled: boolean;
                            /** @description Nudge a member who is behind the cohort’s schedule by more than this many days */
                            days: number;
                        };
                        inactive: {
                            /** @description Whether the job sends this nudge */
                            enabled: boolean;
                            /** @description Nudge a member who has changed no step of the roadmap for this many days */
                            days: number;
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyCohortNudges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description False once you turned this cohort’s nudges off */
                        enabled: boolean;
                        /** @description Each nudge goes to a member at most once a week (ISO week, UTC) */
                        rules: {
                            behind: {
                                /** @description Whether the job sends this nudge */
                                enabled: boolean;
                                /** @description Nudge a member who is behind the cohort’s schedule by more than this many days */
                                days: number;
                            };
                            inactive: {
                                /** @description Whether the job sends this nudge */
                                enabled: boolean;
                                /** @description Nudge a member who has changed no step of the roadmap for this many days */
                                days: number;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setMyCohortNudges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cohort id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description false: this cohort sends you no automatic nudges */
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description False once you turned this cohort’s nudges off */
                        enabled: boolean;
                        /** @description Each nudge goes to a member at most once a week (ISO week, UTC) */
                        rules: {
                            behind: {
                                /** @description Whether the job sends this nudge */
                                enabled: boolean;
                                /** @description Nudge a member who is behind the cohort’s schedule by more than this many days */
                                days: number;
                            };
                            inactive: {
                                /** @description Whether the job sends this nudge */
                                enabled: boolean;
                                /** @description Nudge a member who has changed no step of the roadmap for this many days */
                                days: number;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPersonalTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            scopes: ("account:self" | "users:manage" | "audit:read" | "feedback:moderate" | "analytics:read" | "drafts:write" | "drafts:review" | "drafts:publish" | "forks:write" | "cohorts:mentor" | "resources:check")[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            lastUsedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPersonalToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the token is for */
                    name: string;
                    scopes: ("account:self" | "users:manage" | "audit:read" | "feedback:moderate" | "analytics:read" | "drafts:write" | "drafts:review" | "drafts:publish" | "forks:write" | "cohorts:mentor" | "resources:check")[];
                    /** @description The token stops working after this */
                    expiresInDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        scopes: ("account:self" | "users:manage" | "audit:read" | "feedback:moderate" | "analytics:read" | "drafts:write" | "drafts:review" | "drafts:publish" | "forks:write" | "cohorts:mentor" | "resources:check")[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        lastUsedAt: string | null;
                        /** @description Shown this once: Waymark keeps only its hash. Send as Authorization: Bearer. */
                        token: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokePersonalToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Part of an email or display name */
                q?: string;
                /** @description learner, mentor, editor or admin */
                role?: "learner" | "mentor" | "editor" | "admin";
                status?: "active" | "disabled";
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            displayName: string;
                            /**
                             * @description learner, mentor, editor or admin
                             * @enum {unknown}
                             */
                            role: "learner" | "mentor" | "editor" | "admin";
                            emailVerified: boolean;
                            disabledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description learner, mentor, editor or admin
                     * @enum {unknown}
                     */
                    role: "learner" | "mentor" | "editor" | "admin";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        displayName: string;
                        /**
                         * @description learner, mentor, editor or admin
                         * @enum {unknown}
                         */
                        role: "learner" | "mentor" | "editor" | "admin";
                        emailVerified: boolean;
                        disabledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        displayName: string;
                        /**
                         * @description learner, mentor, editor or admin
                         * @enum {unknown}
                         */
                        role: "learner" | "mentor" | "editor" | "admin";
                        emailVerified: boolean;
                        disabledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        displayName: string;
                        /**
                         * @description learner, mentor, editor or admin
                         * @enum {unknown}
                         */
                        role: "learner" | "mentor" | "editor" | "admin";
                        emailVerified: boolean;
                        disabledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description e.g. auth.login_failed */
                action?: string;
                actorId?: string;
                subjectId?: string;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /** Format: date-time */
                            occurredAt: string;
                            action: string;
                            actorId: string | null;
                            actor: {
                                id: string;
                                /** @description Display name; "a removed account" once the account is deleted */
                                name: string;
                                /** @description Null once the account is deleted */
                                email: string | null;
                                removed: boolean;
                            } | null;
                            subjectId: string | null;
                            subject: {
                                /** @description account, or for a comment the kind of what it is about: roadmap, section, step, hub, faq, … */
                                kind: string;
                                title: string;
                                /** @description The web app's path to it (e.g. /roadmaps/backend-developer/steps/sql); null when it is gone */
                                href: string | null;
                                removed: boolean;
                                /** @description For a comment: the roadmap it was left on */
                                roadmap: {
                                    /** @description What people call it; "a removed step" (or section, entry, …) when it is gone */
                                    title: string;
                                    /** @description The web app's path to it (e.g. /roadmaps/backend-developer/steps/sql); null when it is gone */
                                    href: string | null;
                                    removed: boolean;
                                } | null;
                            } | null;
                            ip: string | null;
                            userAgent: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Roadmap slug */
                    roadmap: string;
                    /**
                     * @description `roadmap` for the whole roadmap, `section:<id>` for a part of the roadmap page as a whole (duties, about, keep-in-mind, before-you-start, durations, history, market, path, outline, month-plan, priorities, challenges, checklist, faq, other-paths, conclusion, resources), or `<kind>:<id>` for one item: tier, step, month (the plan month number), priority, challenge, checklist (item), faq (entry), resource, duty (what the role does), principle (a thing to keep in mind) or path (another path the skills lead to), with the id the roadmap document shows; or hub (a Resource Hub entry that names a step of this roadmap).
                     * @example roadmap
                     * @example section:history
                     * @example step:http-and-apis
                     * @example month:3
                     * @example faq:which-language
                     * @example duty:ship-to-production
                     * @example hub:sql-joins
                     */
                    target?: string;
                    helpful: boolean;
                    reasons?: ("clear" | "accurate" | "well-paced" | "good-resources" | "unclear" | "outdated" | "too-fast" | "too-slow" | "missing-topic" | "broken-link" | "wrong")[];
                    comment?: string;
                    /** @description Leave empty. A field people never see and bots fill in: feedback that fills it is not kept. */
                    website?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roadmap: string;
                        target: string;
                        helpful: boolean;
                        reasons: string[];
                        /** @description true when this replaced an earlier vote of yours on the same target */
                        changed: boolean;
                        /** @description received when a comment came with the vote (editors read it) */
                        comment: "received" | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFeedbackSummary: {
        parameters: {
            query: {
                /** @description Roadmap slug */
                roadmap: string;
                /** @description `roadmap` for the whole roadmap, `section:<id>` for a part of the roadmap page as a whole (duties, about, keep-in-mind, before-you-start, durations, history, market, path, outline, month-plan, priorities, challenges, checklist, faq, other-paths, conclusion, resources), or `<kind>:<id>` for one item: tier, step, month (the plan month number), priority, challenge, checklist (item), faq (entry), resource, duty (what the role does), principle (a thing to keep in mind) or path (another path the skills lead to), with the id the roadmap document shows; or hub (a Resource Hub entry that names a step of this roadmap). */
                target?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roadmap: string;
                        /** @description Every target with votes, or the one asked for */
                        items: {
                            target: string;
                            helpful: number;
                            notHelpful: number;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFeedbackComments: {
        parameters: {
            query?: {
                state?: "new" | "quarantined" | "approved" | "hidden" | "addressed";
                /** @description Roadmap slug */
                roadmap?: string;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description nextCursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            roadmap: string;
                            target: string;
                            helpful: boolean;
                            reasons: string[];
                            body: string;
                            /** @enum {unknown} */
                            state: "new" | "quarantined" | "approved" | "hidden" | "addressed";
                            spamScore: number;
                            /** @description Why the score is what it is */
                            spamSignals: string[];
                            about: {
                                /** @description roadmap, section, step, hub, faq, … */
                                kind: string;
                                /** @description What people call it; "a removed step" (or section, entry, …) when it is gone */
                                title: string;
                                /** @description The web app's path to it (e.g. /roadmaps/backend-developer/steps/sql); null when it is gone */
                                href: string | null;
                                removed: boolean;
                                roadmap: {
                                    /** @description What people call it; "a removed step" (or section, entry, …) when it is gone */
                                    title: string;
                                    /** @description The web app's path to it (e.g. /roadmaps/backend-developer/steps/sql); null when it is gone */
                                    href: string | null;
                                    removed: boolean;
                                };
                            };
                            /** @description Written by someone signed in (who is not shown) */
                            signedIn: boolean;
                            replyNote: string | null;
                            moderatedAt: string | null;
                            /** @description The display name of the editor who last moderated it ("a removed account" once deleted) */
                            moderatedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countFeedbackComments: {
        parameters: {
            query?: {
                /** @description Roadmap slug */
                roadmap?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many comments are in each state (on one roadmap, or on all) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        new: number;
                        quarantined: number;
                        approved: number;
                        hidden: number;
                        addressed: number;
                        all: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveFeedbackComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        roadmap: string;
                        target: string;
                        helpful: boolean;
                        reasons: string[];
                        body: string;
                        /** @enum {unknown} */
                        state: "new" | "quarantined" | "approved" | "hidden" | "addressed";
                        spamScore: number;
                        /** @description Why the score is what it is */
                        spamSignals: string[];
                        about: {
                            /** @description roadmap, section, step, hub, faq, … */
                            kind: string;
                            /** @description What people call it; "a removed step" (or section, entry, …) when it is gone */
                            title: string;
                            /** @description The web app's path to it (e.g. /roadmaps/backend-developer/steps/sql); null when it is gone */
                            href: string | null;
                            removed: boolean;
                            roadmap: {
                                /** @description What people call it; "a removed step" (or section, entry, …) when it is gone */
                                title: string;
                                /** @description The web app's path to it (e.g. /roadmaps/backend-developer/steps/sql); null when it is gone */
                                href: string | null;
                                removed: boolean;
                            };
                        };
                        /** @description Written by someone signed in (who is not shown) */
                        signedIn: boolean;
                        replyNote: string | null;
                        moderatedAt: string | null;
                        /** @description The display name of the editor who last moderated it ("a removed account" once deleted) */
                        moderatedBy: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hideFeedbackComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        roadmap: string;
                        target: string;
                        helpful: boolean;
                        reasons: string[];
                        body: string;
                        /** @enum {unknown} */
                        state: "new" | "quarantined" | "approved" | "hidden" | "addressed";
                        spamScore: number;
                        /** @description Why the score is what it is */
                        spamSignals: string[];
                        about: {
                            /** @description roadmap, section, step, hub, faq, … */
                            kind: string;
                            /** @description What people call it; "a removed step" (or section, entry, …) when it is gone */
                            title: string;
                            /** @description The web app's path to it (e.g. /roadmaps/backend-developer/steps/sql); null when it is gone */
                            href: string | null;
                            removed: boolean;
                            roadmap: {
                                /** @description What people call it; "a removed step" (or section, entry, …) when it is gone */
                                title: string;
                                /** @description The web app's path to it (e.g. /roadmaps/backend-developer/steps/sql); null when it is gone */
                                href: string | null;
                                removed: boolean;
                            };
                        };
                        /** @description Written by someone signed in (who is not shown) */
                        signedIn: boolean;
                        replyNote: string | null;
                        moderatedAt: string | null;
                        /** @description The display name of the editor who last moderated it ("a removed account" once deleted) */
                        moderatedBy: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addressFeedbackComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What was done about it */
                    replyNote: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        roadmap: string;
                        target: string;
                        helpful: boolean;
                        reasons: string[];
                        body: string;
                        /** @enum {unknown} */
                        state: "new" | "quarantined" | "approved" | "hidden" | "addressed";
                        spamScore: number;
                        /** @description Why the score is what it is */
                        spamSignals: string[];
                        about: {
                            /** @description roadmap, section, step, hub, faq, … */
                            kind: string;
                            /** @description What people call it; "a removed step" (or section, entry, …) when it is gone */
                            title: string;
                            /** @description The web app's path to it (e.g. /roadmaps/backend-developer/steps/sql); null when it is gone */
                            href: string | null;
                            removed: boolean;
                            roadmap: {
                                /** @description What people call it; "a removed step" (or section, entry, …) when it is gone */
                                title: string;
                                /** @description The web app's path to it (e.g. /roadmaps/backend-developer/steps/sql); null when it is gone */
                                href: string | null;
                                removed: boolean;
                            };
                        };
                        /** @description Written by someone signed in (who is not shown) */
                        signedIn: boolean;
                        replyNote: string | null;
                        moderatedAt: string | null;
                        /** @description The display name of the editor who last moderated it ("a removed account" once deleted) */
                        moderatedBy: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteFeedbackComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoadmapAnalytics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roadmap: string;
                        /** @description When the rollup job last ran; null before its first run */
                        computedAt: string | null;
                        /** @description A recomputation is queued and has not started yet */
                        recomputing: boolean;
                        /** @description Best first by Wilson lower bound */
                        helpfulness: {
                            target: string;
                            about: {
                                /** @description roadmap, section, step, hub, faq, … */
                                kind: string;
                                /** @description What people call it; "a removed step" (or section, entry, …) when it is gone */
                                title: string;
                                /** @description The web app's path to it (e.g. /roadmaps/backend-developer/steps/sql); null when it is gone */
                                href: string | null;
                                removed: boolean;
                                roadmap: {
                                    /** @description What people call it; "a removed step" (or section, entry, …) when it is gone */
                                    title: string;
                                    /** @description The web app's path to it (e.g. /roadmaps/backend-developer/steps/sql); null when it is gone */
                                    href: string | null;
                                    removed: boolean;
                                };
                            };
                            helpful: number;
                            notHelpful: number;
                            /** @description 95 % Wilson lower bound of the helpful share; ranks sections */
                            wilsonLowerBound: number;
                        }[];
                        funnel: {
                            followers: number;
                            steps: {
                                stepId: string;
                                number: number;
                                /** @description Learners who marked the step in progress or done */
                                started: number;
                                /** @description Learners who marked it done */
                                finished: number;
                                /** @description Learners of the stage before (followers for step 1, else finished step k−1) minus those who started step k; negative when learners take steps out of order */
                                dropOffBefore: number;
                                /** @description Started minus finished */
                                dropOffWithin: number;
                            }[];
                        };
                        activeLearners: {
                            /**
                             * Format: date
                             * @description Monday of the ISO week
                             */
                            week: string;
                            learners: number;
                        }[];
                        stepTime: {
                            stepId: string;
                            /** @description Learners who went from in progress to done */
                            learners: number;
                            medianSeconds: number;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recomputeAnalytics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        queued: true;
                        /** @description true when one was already waiting: no second one is queued */
                        alreadyQueued: boolean;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoadmapAnalyticsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Roadmap slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (RFC 4180) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
