import { useEffect, useMemo, useState } from 'react';
import type { Descendant } from 'slate';
import { Slate } from 'slate-react';
import type { Block } from '../../shared/model/body';
import { useLayOutChunksWhenIdle } from './chunking';
import { createStoryEditor } from './create-editor';
import type { Timeline } from './history/timeline';
import { connectBody, withUnifiedHistory } from './history/with-unified-history';
import { handlePaste } from './paste/handle-paste';
import { setActiveEditor } from './active-editor';
import { StoryEditable } from './StoryEditable';

interface BodyEditorProps {
  initialBody: Block[];
  direction: 'ltr' | 'rtl';
  language: string;
  onChange: (body: Block[]) => void;
  /** The story's one undo history, shared with the header fields. */
  timeline?: Timeline;
}

/** The plain story body editor. Remount it (change its key) to load a different value. */
export function BodyEditor({ initialBody, direction, language, onChange, timeline }: BodyEditorProps) {
  const editor = useMemo(() => (timeline ? withUnifiedHistory(createStoryEditor(), timeline) : createStoryEditor()), [timeline]);
  useEffect(() => (timeline ? connectBody(editor, timeline) : undefined), [editor, timeline]);
  useLayOutChunksWhenIdle(editor);
  useEffect(() => {
    setActiveEditor(editor);
    return () => setActiveEditor(null);
  }, [editor]);
  // Slate reads its value once; a new value needs a remount.
  const [initialValue] = useState(() => initialBody as Descendant[]);
  return (
    <Slate editor={editor} initialValue={initialValue} onValueChange={(value) => onChange(value as Block[])}>
      <StoryEditable
        className="body-editor"
        aria-label="Story body"
        dir={direction}
        lang={language}
        spellCheck
        placeholder="Write the story…"
        onPaste={(event) => handlePaste(editor, event)}
      />
    </Slate>
  );
}
