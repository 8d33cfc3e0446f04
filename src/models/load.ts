// Reads a model's YAML and validates it. A broken model file stops the build with a message that
// names the file and the field – the tools never run on data they do not understand.
import { parse } from 'yaml';
import type { z } from 'zod';

export function loadModel<S extends z.ZodType>(file: string, yamlText: string, schema: S): z.infer<S> {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (e) {
    throw new Error(`${file}: går inte att läsa som YAML (${(e as Error).message})`, { cause: e });
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(hela filen)'}: ${i.message}`);
    throw new Error(`${file} stämmer inte med modellens schema:\n${lines.join('\n')}`);
  }
  return result.data;
}
