import { Type, type Static } from 'typebox';
import { LinkedLogin } from '../accounts/accounts.schemas.ts';

export const SsoProviderList = Type.Object({
  localPasswords: Type.Boolean({
    description: 'Whether sign-up and login with a password work here; false: only the providers below',
  }),
  items: Type.Array(
    Type.Object({
      id: Type.String({ description: 'In /v1/auth/sso/{provider}/start' }),
      displayName: Type.String({ description: 'For the button: "Log in with …"' }),
    }),
  ),
});
export type SsoProviderList = Static<typeof SsoProviderList>;

export const SsoProviderParams = Type.Object(
  { provider: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,31}$', description: 'A provider id from the list' }) },
  { additionalProperties: false },
);

// A path of the web app, never another site's address (an open redirect).
const nextPath = (fallback: string) =>
  Type.String({
    pattern: '^/(?![/\\\\])\\S*$',
    maxLength: 500,
    description: `Where the web app goes once the provider has answered, a path such as /dashboard (default ${fallback})`,
  });

export const SsoStartQuery = Type.Object({ next: Type.Optional(nextPath('/')) }, { additionalProperties: false });

export const ReauthenticateBody = Type.Object(
  {
    operation: Type.Enum(['delete-account', 'change-email'], { description: 'The change the proof is for' }),
    next: Type.Optional(nextPath('/account')),
  },
  { additionalProperties: false },
);

export const SsoLinkBody = Type.Object({ next: Type.Optional(nextPath('/account')) }, { additionalProperties: false });

// The provider writes this query (code, state and iss, or error) and may add parameters of its own (session_state,
// say); openid-client checks it whole, so unknown parameters are let through rather than refused.
const CallbackValue = Type.String({ maxLength: 4096 });
export const SsoCallbackQuery = Type.Object(
  {
    code: Type.Optional(CallbackValue),
    state: Type.Optional(CallbackValue),
    iss: Type.Optional(CallbackValue),
    error: Type.Optional(CallbackValue),
    error_description: Type.Optional(CallbackValue),
  },
  { additionalProperties: true },
);

export const LinkedLoginList = Type.Object({ items: Type.Array(LinkedLogin) });

export const SsoAuthorization = Type.Object({
  authorizationUrl: Type.String({ description: "Send the browser here (the provider's login page)" }),
});

export const ConfirmSsoLinkBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 200, description: 'The token from the mailed link' }) },
  { additionalProperties: false },
);
