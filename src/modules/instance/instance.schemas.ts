import { Type, type Static } from 'typebox';

const Hex = Type.String({ pattern: '^#[0-9a-f]{6}$', examples: ['#1d4ed8'] });

export const Instance = Type.Object({
  name: Type.String({ description: 'The organisation hosting this Waymark (BRAND_NAME).', examples: ['Waymark'] }),
  logoUrl: Type.Union([Type.String(), Type.Null()], {
    description: 'Its logo: an absolute URL, or /v1/instance/logo when Waymark serves the file; null without one.',
  }),
  accent: Type.Object(
    {
      light: Hex,
      lightText: Hex,
      dark: Hex,
      darkText: Hex,
    },
    { description: 'The accent colour and the text on it, in the light theme and its derived dark variant.' },
  ),
  contentLicence: Type.Object({ name: Type.String(), url: Type.String() }),
});
export type Instance = Static<typeof Instance>;
