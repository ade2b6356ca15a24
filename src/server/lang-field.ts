// The `lang` query field every text-rendering endpoint accepts. Its own module, without imports from the
// server: route modules spread it at their top level, and schemas.ts (which re-exports it) imports those
// routes' OpenAPI fragments, so defining it there left it uninitialised when a route module ran first.
import { z } from 'zod';
import { LANGS } from '../model/text';

export const LangField = {
  lang: z.enum(LANGS).optional().meta({ description: 'Language of rendered text: nl (default) or en' }),
};
