import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { clearBrowserSession, refreshTokenOf, setBrowserSession } from '../../http/browser-session.ts';
import { actorOf } from '../../http/actor.ts';
import { signedIn } from '../../http/authorization.ts';
import { problemResponses } from '../../http/problem.ts';
import { UnauthorizedError } from '../../lib/errors.ts';
import {
  Accepted,
  ChangeEmailBody,
  ChangePasswordBody,
  DeleteAccountBody,
  ForgotPasswordBody,
  LoginBody,
  PersonalDataExport,
  RefreshBody,
  RegisterBody,
  ResetPasswordBody,
  SessionList,
  SessionParams,
  TokenPair,
  UpdateProfileBody,
  UserProfile,
  VerifyEmailBody,
} from './accounts.schemas.ts';
import type { AccountsService } from './accounts.service.ts';
import { MAX_LIVE_SESSIONS } from './session-limit.ts';

/** For a browser: the refresh token goes into the HttpOnly cookie and out of the body. */
const asBrowserSession = (reply: FastifyReply, pair: TokenPair): TokenPair => {
  setBrowserSession(reply, pair.refreshToken!, new Date(pair.refreshTokenExpiresAt));
  const { refreshToken: _refreshToken, ...withoutRefreshToken } = pair;
  return withoutRefreshToken;
};

export interface AccountsRoutesOptions {
  accountsService: AccountsService;
  /** Stricter than the general limit: per client IP, per route, on the routes that guess at credentials. */
  authRateLimit: { max: number; timeWindow: number };
}
// Which of these a personal access token may not use is decided in one place: SESSION_ONLY_ROUTES (http/authorization.ts).
const self = { policy: { permission: 'account:self' } } as const;

export const accountsRoutes: FastifyPluginAsyncTypebox<AccountsRoutesOptions> = async (
  app,
  { accountsService, authRateLimit },
) => {
  const publicRoute = { policy: 'public', rateLimit: authRateLimit } as const;

  app.post(
    '/v1/auth/register',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        operationId: 'register',
        summary: 'Create an account',
        description:
          'Passwords: at least 8 characters, at most 256, any characters; common passwords and your email are ' +
          'refused. The answer is the same whether or not the email already has an account; then log in.',
        body: RegisterBody,
        response: { 202: Accepted, ...problemResponses(400, 403, 413, 415, 503) },
      },
    },
    async (request, reply) => {
      await accountsService.register(request.body, actorOf(request));
      return reply.code(202).send({ message: 'If this email can be registered, the account is ready: log in.' });
    },
  );

  app.post(
    '/v1/auth/verify-email',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        operationId: 'verifyEmail',
        summary: 'Confirm an email address with the token from the mail',
        description:
          'For a new account, or for a new address asked for with POST /v1/me/email. Each link works once. The first ' +
          'confirmation of the address an account signed up with ends every session, personal token and link the ' +
          'account had (anyone could have signed up with the address before): log in again afterwards.',
        body: VerifyEmailBody,
        response: { 204: Type.Null({ description: 'Confirmed' }), ...problemResponses(400, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      await accountsService.verifyEmail(request.body.token, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/v1/auth/forgot-password',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        operationId: 'requestPasswordReset',
        summary: 'Ask for a password-reset mail',
        description: 'The answer is the same whether or not the address has an account. The link works for 30 minutes.',
        body: ForgotPasswordBody,
        response: { 202: Accepted, ...problemResponses(400, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      await accountsService.forgotPassword(request.body.email, actorOf(request));
      return reply.code(202).send({ message: 'If this address has an account, a reset link is on its way.' });
    },
  );

  app.post(
    '/v1/auth/reset-password',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        operationId: 'resetPassword',
        summary: 'Set a new password with the token from the reset mail',
        description:
          'Ends every session and personal access token, cancels a pending email change and spends every other mailed ' +
          'link; confirms the address and unlocks an account locked by failed logins.',
        body: ResetPasswordBody,
        response: {
          204: Type.Null({ description: 'Password set; log in' }),
          ...problemResponses(400, 403, 413, 415, 503),
        },
      },
    },
    async (request, reply) => {
      await accountsService.resetPassword(request.body, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/v1/auth/login',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        operationId: 'login',
        summary: 'Log in: get an access token and a refresh token',
        body: LoginBody,
        response: { 200: TokenPair, ...problemResponses(400, 401, 403, 413, 415, 503) },
      },
    },
    async (request, reply) => {
      const pair = await accountsService.login(request.body, actorOf(request));
      return request.body.session === 'cookie' ? asBrowserSession(reply, pair) : pair;
    },
  );

  app.post(
    '/v1/auth/refresh',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        operationId: 'refreshSession',
        summary: 'Trade a refresh token for a new pair',
        description: 'Each refresh token works once. Using a spent one again ends the whole session (all its tokens).',
        body: RefreshBody,
        response: { 200: TokenPair, ...problemResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      const carried = refreshTokenOf(request, request.body.refreshToken);
      if (carried === undefined)
        throw new UnauthorizedError('Send the refresh token, in the body or the session cookie.');
      const pair = await accountsService.refresh(carried.token, actorOf(request));
      return carried.viaCookie ? asBrowserSession(reply, pair) : pair;
    },
  );

  app.post(
    '/v1/auth/logout',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        operationId: 'logout',
        summary: 'End the session a refresh token belongs to',
        description: 'The token comes in the body, or in the browser session cookie (then with X-CSRF-Token).',
        body: RefreshBody,
        response: { 204: Type.Null({ description: 'Logged out' }), ...problemResponses(400, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      const carried = refreshTokenOf(request, request.body.refreshToken);
      if (carried !== undefined) await accountsService.logout(carried.token, actorOf(request));
      clearBrowserSession(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/v1/me',
    {
      config: self,
      schema: {
        tags: ['accounts'],
        operationId: 'getMe',
        summary: 'Your profile',
        response: { 200: UserProfile },
      },
    },
    (request) => accountsService.getProfile(signedIn(request).userId),
  );

  app.patch(
    '/v1/me',
    {
      config: self,
      schema: {
        tags: ['accounts'],
        operationId: 'updateMe',
        summary: 'Change your display name',
        description: 'Only the fields listed can change here; any other field is refused.',
        body: UpdateProfileBody,
        response: { 200: UserProfile, ...problemResponses(400, 413, 415) },
      },
    },
    (request) => accountsService.updateProfile(signedIn(request).userId, request.body, actorOf(request)),
  );

  app.delete(
    '/v1/me',
    {
      config: self,
      schema: {
        tags: ['accounts'],
        operationId: 'deleteMe',
        summary: 'Delete your account',
        description:
          'Needs your password, or, for an account without one (or where passwords are off), the proof of a fresh ' +
          'login at your organisation (reauthProof). Your personal data is deleted; the audit log keeps anonymous ' +
          'entries.',
        body: DeleteAccountBody,
        response: {
          204: Type.Null({ description: 'Deleted' }),
          ...problemResponses(400, 413, 415, 503),
        },
      },
    },
    async (request, reply) => {
      await accountsService.deleteAccount(signedIn(request), request.body, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/v1/me/password',
    {
      config: self,
      schema: {
        tags: ['accounts'],
        operationId: 'changePassword',
        summary: 'Change your password',
        description:
          'Needs the current password and a login session. Ends every session and personal access token, cancels a ' +
          'pending email change and spends every mailed link, then returns a new session for this device.',
        body: ChangePasswordBody,
        response: { 200: TokenPair, ...problemResponses(400, 403, 413, 415, 503) },
      },
    },
    (request) => accountsService.changePassword(signedIn(request), request.body, actorOf(request)),
  );

  app.post(
    '/v1/me/email',
    {
      config: self,
      schema: {
        tags: ['accounts'],
        operationId: 'changeEmail',
        summary: 'Change your email address',
        description:
          'Needs your password, or the proof of a fresh login at your organisation (reauthProof) for an account ' +
          'without one. A link goes to the new address; the change happens when it is followed ' +
          '(POST /v1/auth/verify-email). The current address is told.',
        body: ChangeEmailBody,
        response: { 202: Accepted, ...problemResponses(400, 413, 415, 503) },
      },
    },
    async (request, reply) => {
      await accountsService.requestEmailChange(signedIn(request), request.body, actorOf(request));
      return reply.code(202).send({ message: 'Follow the link sent to the new address to finish the change.' });
    },
  );

  app.get(
    '/v1/me/sessions',
    {
      config: self,
      schema: {
        tags: ['accounts'],
        operationId: 'listMySessions',
        summary: 'Your signed-in devices',
        description: `Newest use first. At most ${MAX_LIVE_SESSIONS}: one more login signs out the one used longest ago.`,
        response: { 200: SessionList },
      },
    },
    async (request) => ({ items: await accountsService.listSessions(signedIn(request)) }),
  );

  app.delete(
    '/v1/me/sessions/:id',
    {
      config: self,
      schema: {
        tags: ['accounts'],
        operationId: 'deleteMySession',
        summary: 'Sign out one device',
        params: SessionParams,
        response: { 204: Type.Null({ description: 'Signed out' }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await accountsService.revokeSession(signedIn(request), request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/v1/me/export',
    {
      config: self,
      schema: {
        tags: ['accounts'],
        operationId: 'exportMyData',
        summary: 'Everything Waymark holds about you, as JSON',
        response: { 200: PersonalDataExport },
      },
    },
    async (request, reply) => {
      reply.header('content-disposition', 'attachment; filename="waymark-personal-data.json"');
      return accountsService.exportPersonalData(signedIn(request));
    },
  );
};
