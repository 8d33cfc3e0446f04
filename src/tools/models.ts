// Server side only: every tool's model, read from content/models/<id>.yaml and validated by the
// tool's own schema (src/tools/<id>/schema.ts, export `schema`). A broken model file stops the
// build with a message naming the file and the field. Islands get the models as props.
import type { z } from 'zod';
import { loadModel } from '../models/load';
import { TOOL_IDS, type Models } from './index';

const files = import.meta.glob<string>('../../content/models/*.yaml', { query: '?raw', import: 'default', eager: true });
const schemas = import.meta.glob<z.ZodType>(['./*/schema.ts', '!./shared/schema.ts'], { import: 'schema', eager: true });

function load(id: string): unknown {
  const yaml = files[`../../content/models/${id}.yaml`];
  const schema = schemas[`./${id}/schema.ts`];
  if (yaml === undefined) throw new Error(`content/models/${id}.yaml saknas för verktyget ${id}`);
  if (schema === undefined) throw new Error(`src/tools/${id}/schema.ts exporterar inget \`schema\``);
  return loadModel(`content/models/${id}.yaml`, yaml, schema);
}

export const MODELS = Object.fromEntries(TOOL_IDS.map((id) => [id, load(id)])) as Models;
