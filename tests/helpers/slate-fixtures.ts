import { Editor } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { withStoryBody } from '../../renderer/editor/create-editor';
import { bodySchema } from '../../shared/model/body';

/** One input/run/output case written with slate-hyperscript. */
export interface SlateFixture {
  input: Editor;
  run: (editor: Editor) => unknown;
  output: Editor;
  /** The story language, for typography fixtures. */
  language?: string;
  /** What `run` returns, when the transform reports something. */
  result?: unknown;
}

/**
 * Runs fixture files found by `import.meta.glob('./fixtures/<transform>/<case>.tsx')`:
 * each case's output must match, and the body must still satisfy the file schema.
 */
export function runSlateFixtures(fixtures: Record<string, SlateFixture>): void {
  const byTransform = new Map<string, [string, SlateFixture][]>();
  for (const [file, fixture] of Object.entries(fixtures)) {
    const [, transform = '', name = ''] = /\/fixtures\/([^/]+)\/([^/]+)\.tsx$/.exec(file) ?? [];
    byTransform.set(transform, [...(byTransform.get(transform) ?? []), [name.replace(/-/g, ' '), fixture]]);
  }
  for (const [transform, cases] of byTransform) {
    describe(transform, () => {
      it.each(cases)('%s', (_name, fixture) => {
        const editor = withStoryBody(withHistory(fixture.input));
        if (fixture.language) editor.language = fixture.language;
        const result = fixture.run(editor);
        expect(editor.children).toEqual(fixture.output.children);
        if (fixture.output.selection) expect(editor.selection).toEqual(fixture.output.selection);
        if ('result' in fixture) expect(result).toEqual(fixture.result);
        const parsed = bodySchema.safeParse(editor.children);
        expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 2))).toBe(true);
      });
    });
  }
}
