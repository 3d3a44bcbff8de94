import { isHotkey } from 'is-hotkey';
import { useCallback, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Article } from '../../../shared/model/article';
import type { Block } from '../../../shared/model/body';
import { BodyEditor } from '../../editor/BodyEditor';
import { useApp, useAppStore } from '../../store';
import { PanelTabs, SidePanel, usePanelShortcuts } from '../panels/SidePanel';
import { ExportMenu } from '../export/ExportMenu';
import { useIntervalSnapshot } from '../review/use-interval-snapshot';
import { useReviewShortcuts } from '../review/use-review-shortcuts';
import { ArticleView } from './ArticleView';
import { ConflictBanner } from './ConflictBanner';
import { MergeView } from './MergeView';
import { RecoveryBanner } from './RecoveryBanner';
import { StoryFields } from './StoryFields';
import './bidi.css';

const isUndo = isHotkey('mod+z');
const isRedo = (event: globalThis.KeyboardEvent) => isHotkey('mod+shift+z', event) || isHotkey('mod+y', event);

function Editor({ id }: { id: string }) {
  const store = useAppStore();
  const [initial] = useState(() => store.getState().story?.article.body ?? []);
  const { direction, language } = useApp(
    useShallow((s) => ({
      direction: s.story?.article.metadata.direction ?? 'ltr',
      language: s.story?.article.metadata.language ?? 'en',
    })),
  );
  const editBody = useApp((s) => s.editBody);
  const timeline = useApp((s) => s.timeline);
  const onChange = useCallback(
    (body: Block[]) => {
      if (store.getState().story?.id === id) editBody(body);
    },
    [store, id, editBody],
  );
  // Undo and redo walk one history whether the caret is in the body or in a header field.
  const onKeyDownCapture = (event: KeyboardEvent) => {
    const native = event.nativeEvent;
    if (native.isComposing) return;
    const undo = isUndo(native);
    if (!undo && !isRedo(native)) return;
    event.preventDefault();
    event.stopPropagation();
    if (undo) store.getState().undo();
    else store.getState().redo();
  };
  return (
    <div className="editor-column__body" onKeyDownCapture={onKeyDownCapture}>
      <StoryFields />
      <BodyEditor initialBody={initial} direction={direction} language={language} onChange={onChange} timeline={timeline} />
    </div>
  );
}

/** The paragraph merge of the open story's buffer with the version on disk. */
function MergeHost({ disk, onDone }: { disk: Article; onDone: () => void }) {
  const mine = useApp((s) => s.story?.article ?? null);
  return mine && <MergeView mine={mine} theirs={disk} onCancel={onDone} />;
}

/** The right column: the open story's fields and body, and any conflict beside it. */
export function StoryPane() {
  const { id, loads, conflict, kept, dirty } = useApp(
    useShallow((s) => ({
      id: s.story?.id ?? null,
      loads: s.story?.loads ?? 0,
      conflict: s.story?.conflict ?? null,
      kept: s.story?.kept ?? null,
      dirty: s.story?.dirty ?? false,
    })),
  );
  const opening = useApp((s) => s.opening);
  const dismissKept = useApp((s) => s.dismissKept);
  const panel = useApp((s) => s.panel);
  const [merging, setMerging] = useState(false);
  usePanelShortcuts();
  useReviewShortcuts();
  useIntervalSnapshot();

  if (id === null) {
    return (
      <div className="empty-pane">
        <p>{opening ? 'Opening…' : 'Select a story on the left, or create a new one.'}</p>
      </div>
    );
  }

  const disk = conflict?.disk ?? null;
  // Once the conflict is resolved any other way, the next one starts from the plain comparison.
  if (merging && !disk) setMerging(false);
  const side = disk ?? kept;
  return (
    <div className="story-pane">
      {conflict && <ConflictBanner conflict={conflict} dirty={dirty} onMerge={() => setMerging(true)} />}
      <RecoveryBanner />
      {!conflict && kept && (
        <div className="banner banner--info" role="status">
          <div className="banner__text">
            <strong>Disk version loaded</strong>
            <span>Your version is kept on the right until you dismiss it.</span>
          </div>
          <div className="banner__actions">
            <button type="button" className="button" onClick={dismissKept}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      <div className="story-pane__bar">
        <ExportMenu />
        <PanelTabs />
      </div>
      <div className={`story-pane__columns${side ? ' story-pane__columns--split' : panel ? ' story-pane__columns--panel' : ''}`}>
        <div className="editor-column" aria-label={side ? (disk ? 'Your version' : 'Disk version') : undefined} role={side ? 'region' : undefined}>
          {side && <p className="column-label">{disk ? 'Yours (unsaved)' : 'On disk (now open)'}</p>}
          <Editor key={`${id}:${loads}`} id={id} />
        </div>
        {side && (
          <div className="compare-column">
            <p className="column-label">{merging && disk ? 'Merged result' : disk ? 'On disk' : 'Your previous version'}</p>
            {merging && disk ? (
              <MergeHost disk={disk} onDone={() => setMerging(false)} />
            ) : (
              <ArticleView article={side} label={disk ? 'Version on disk' : 'Your previous version'} />
            )}
          </div>
        )}
        {!side && <SidePanel />}
      </div>
    </div>
  );
}
