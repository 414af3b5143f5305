// public/examples/index.json: the designs the Examples menu offers.
import { z } from 'zod';

export const exampleEntrySchema = z.strictObject({
  /** A file next to index.json. */
  file: z.string().regex(/^[a-z0-9][a-z0-9-]*\.json$/, 'a plain lower-case file name ending in .json'),
  title: z.string().min(1),
  description: z.string().min(1),
});

export const exampleIndexSchema = z.array(exampleEntrySchema).min(1);

export type ExampleEntry = z.infer<typeof exampleEntrySchema>;

/** Examples are served with the app, under its base URL: same origin, no other network calls. */
export const examplesUrl = (file: string): string => `${import.meta.env.BASE_URL}examples/${file}`;
