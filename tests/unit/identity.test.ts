// Who is answering on this device: a stored identity is read back only when it is well-formed,
// and a fresh anonymous id is random, short and of the form codes accept.
import { describe, expect, it } from 'vitest';
import { newPersonId, parseIdentity } from '../../src/stores/identity';

describe('the identity on this device', () => {
  it.each([
    {
      name: 'a full identity',
      raw: '{"person":"k3j9x1ab","name":" Anna ","org":"Region","asked":true}',
      person: 'k3j9x1ab',
      who: ['Anna', 'Region'],
    },
    { name: 'no name (anonymous)', raw: '{"person":"k3j9x1ab"}', person: 'k3j9x1ab', who: [undefined, undefined] },
    {
      name: 'markup stays text, control characters go',
      raw: '{"person":"k3j9x1ab","name":"<b>Kim</b>\\u202e"}',
      person: 'k3j9x1ab',
      who: ['<b>Kim</b>', undefined],
    },
  ])('reads $name', ({ raw, person, who }) => {
    const id = parseIdentity(raw);
    expect(id?.person).toBe(person);
    expect([id?.name, id?.org]).toEqual(who);
  });

  it.each(['', 'nej', '[]', '{"person":"X"}', '{"person":"<script>"}', '{"name":"Anna"}', 'null'])('refuses %j', (raw) => {
    expect(parseIdentity(raw)).toBeUndefined();
  });

  it('makes a new anonymous id of ten base-36 characters, different each time', () => {
    const ids = new Set(Array.from({ length: 200 }, newPersonId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{10}$/);
  });
});
