// The one dictionary of fixed UI text (src/ui/strings.ts, and the group view's part in
// src/ui/strings-group.ts, which includes the rest): every key in it is used somewhere in
// src/, its helpers fill in values as written, and the group view keeps no Swedish text of its own
// – no å, ä or ö in a string literal, template or JSX text under src/components/group/ (comments
// may say what they like). The same holds for Min självskattning, sharing and the case examples.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/ui/strings';
import { GROUP_STRINGS, tf } from '../../src/ui/strings-group';
import { SCAN_STRINGS } from '../../src/ui/strings-scan';
import { SHARE_STRINGS } from '../../src/ui/strings-share';
import { TOOL_STRINGS } from '../../src/ui/strings-tools';
import { KOLLEN_STRINGS } from '../../src/ui/strings-kollen';
import { MY_ASSESSMENT_SAVE_STRINGS } from '../../src/ui/strings-my-assessment-save';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');
const dictionary = [
  'strings.ts',
  'strings-tools.ts',
  'strings-group-shell.ts',
  'strings-group.ts',
  'strings-scan.ts',
  'strings-share.ts',
  'strings-kollen.ts',
  'strings-diagnosis.ts',
  'strings-my-assessment.ts',
  'strings-my-assessment-save.ts',
].map((f) => join(src, 'ui', f));
const ALL = { ...GROUP_STRINGS, ...SCAN_STRINGS, ...SHARE_STRINGS, ...TOOL_STRINGS, ...KOLLEN_STRINGS, ...MY_ASSESSMENT_SAVE_STRINGS };

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every piece of text the source itself holds: string literals, template parts and JSX text. */
function literals(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      found.push({ text: node.getText(source), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the UI dictionary', () => {
  it('has no key that nothing in src/ uses', () => {
    const code = filesUnder(src, /\.(ts|tsx|astro)$/)
      .filter((f) => !dictionary.includes(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(ALL).filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it('fills in values by name, each once, and leaves the rest of the text alone', () => {
    expect(tf('group.tool.count', { n: 2, total: 3 })).toBe('2 av 3 har svarat.');
    expect(tf('group.people.other', { n: 4 })).toBe('4 personer');
    // A value that looks like a placeholder is text, not a second round of filling in.
    expect(tf('group.file.group', { name: '{name}' })).toBe('Gruppen ”{name}” lästes in som en ny grupp och visas nu.');
    expect(t('tool.notice.dismiss')).toBe('Jag förstår');
  });

  it('uses braces only for {name} placeholders', () => {
    // Braces only ever mark a placeholder, and a placeholder is a plain name.
    for (const [key, text] of Object.entries(ALL)) expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
  });

  it('is the only place the group view (and Min självskattning, sharing, the case examples) hold Swedish text', () => {
    const tools = [
      ...[
        'MyAssessment',
        'MyAssessmentSave',
        'KollenFirst',
        'ShareAnswers',
        'ShareDetails',
        'IncomingLink',
        'IncomingPanel',
        'LoadExample',
        'OpenExampleGroup',
      ].map((name) => join(src, 'components', 'tools', `${name}.tsx`)),
      join(src, 'components', 'tools', 'collect-words.ts'),
    ];
    const files = [...filesUnder(join(src, 'components', 'group'), /\.tsx?$/), ...tools];
    expect(files.length).toBeGreaterThan(tools.length);
    const swedish = files.flatMap((file) =>
      literals(file)
        .filter((l) => /[åäöÅÄÖ]/.test(l.text))
        .map((l) => `${relative(root, file)}:${l.line} ${l.text.trim()}`),
    );
    expect(swedish).toEqual([]);
  });

  it('keeps the group view’s strings out of the tool pages’ part', () => {
    expect(readFileSync(dictionary[0]!, 'utf8')).not.toMatch(/^\s+'group\./m);
  });

  it('finds Swedish text where there is some (the check is not blind)', () => {
    const some = literals(join(src, 'lib', 'group', 'files.ts'));
    expect(some.some((l) => /[åäö]/.test(l.text))).toBe(true);
  });
});
