import { Editor } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { withStoryBody } from '../../../../renderer/editor/create-editor';
import { bodySchema } from '../../../../shared/model/body';

interface Fixture {
  input: Editor;
  run: (editor: Editor) => unknown;
  output: Editor;
  /** What `run` returns, when the transform reports something. */
  result?: unknown;
}

const fixtures = import.meta.glob<Fixture>('./fixtures/*/*.tsx', { eager: true });

const byTransform = new Map<string, [string, Fixture][]>();
for (const [file, fixture] of Object.entries(fixtures)) {
  const [, transform = '', name = ''] = /\.\/fixtures\/([^/]+)\/([^/]+)\.tsx$/.exec(file) ?? [];
  byTransform.set(transform, [...(byTransform.get(transform) ?? []), [name.replace(/-/g, ' '), fixture]]);
}

for (const [transform, cases] of byTransform) {
  describe(transform, () => {
    it.each(cases)('%s', (_name, fixture) => {
      const editor = withStoryBody(withHistory(fixture.input));
      const result = fixture.run(editor);
      expect(editor.children).toEqual(fixture.output.children);
      if (fixture.output.selection) expect(editor.selection).toEqual(fixture.output.selection);
      if ('result' in fixture) expect(result).toEqual(fixture.result);
      const parsed = bodySchema.safeParse(editor.children);
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 2))).toBe(true);
    });
  });
}
