import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { glossaryEntrySchema } from './schemas/glossary';
import { workshopSchema } from './schemas/workshop';
import { caseFrontmatterSchema } from './schemas/case';
import { chapterSlug } from './lib/chapters';

/** content/chapters/07-samverkansledning.mdx becomes the page /handboken/samverkansledning/. */
const chapters = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/chapters',
    generateId: ({ entry }) => chapterSlug(entry),
  }),
  schema: chapterSchema,
});

/** content/ordlista/samsyn.yaml is the entry /ordlista/#samsyn; one term per file. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/ordlista' }),
  schema: glossaryEntrySchema,
});

/** content/workshop/ambitionstrappan.mdx becomes the guide /workshop/ambitionstrappan/; one guide per tool. */
const workshops = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/workshop',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: workshopSchema,
});

/**
 * content/fallstudier/integration-genom-arbete.mdx becomes /fallstudier/integration-genom-arbete/;
 * its figures and examples live beside it in integration-genom-arbete.yaml (src/models/cases.ts).
 */
const cases = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/fallstudier',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: caseFrontmatterSchema,
});

export const collections = { chapters, glossary, workshops, cases };
