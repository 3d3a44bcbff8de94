import { useMemo, useState } from 'react';
import type { Descendant } from 'slate';
import { Editable, Slate } from 'slate-react';
import type { Block } from '../../shared/model/body';
import { createStoryEditor } from './create-editor';
import { renderElement, renderLeaf } from './render';

interface BodyEditorProps {
  initialBody: Block[];
  direction: 'ltr' | 'rtl';
  language: string;
  onChange: (body: Block[]) => void;
}

/** The plain story body editor. Remount it (change its key) to load a different value. */
export function BodyEditor({ initialBody, direction, language, onChange }: BodyEditorProps) {
  const editor = useMemo(() => createStoryEditor(), []);
  // Slate reads its value once; a new value needs a remount.
  const [initialValue] = useState(() => initialBody as Descendant[]);
  return (
    <Slate editor={editor} initialValue={initialValue} onValueChange={(value) => onChange(value as Block[])}>
      <Editable
        className="body-editor"
        aria-label="Story body"
        dir={direction}
        lang={language}
        spellCheck
        renderElement={renderElement}
        renderLeaf={renderLeaf}
        placeholder="Write the story…"
      />
    </Slate>
  );
}
