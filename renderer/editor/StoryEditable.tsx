import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { Editor, Node, Range, Transforms, type BaseRange, type Path, type RangeRef } from 'slate';
import { Editable, ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../store';
import { KEYED_COMMANDS, type EditorUi } from './commands';
import { useBlockHintSource } from './elements/block-hint';
import { EditorServicesContext, type EditorServices } from './elements/services';
import { useFind } from './find/use-find';
import { combineDecorators } from './decorations';
import { hotkeyMatcher } from './hotkeys';
import { textBlockAt } from './queries';
import { setStoryLanguage } from './plugins/with-typography';
import { renderChunk } from './chunking';
import { renderElement, renderLeaf } from './render';
import { extendSelection } from './transforms/extend-selection';
import { selectAll } from './transforms/select-all';
import { insertEmbed, insertImage } from './transforms/insert-voids';
import { activeLink, unwrapLink, wrapLink } from './transforms/links';
import { BlockGutter } from './ui/BlockGutter';
import { BlockMenu, filterMenu, optionId, type MenuItem } from './ui/BlockMenu';
import { FindBar } from './ui/FindBar';
import { LinkBubble, useRangePosition } from './ui/LinkPopover';
import { useOverlayPosition, below } from './ui/position';
import { Toolbar } from './ui/Toolbar';
import { QuoteButtons } from '../features/quotes/QuoteButtons';
import { QuoteTools } from '../features/quotes/QuoteTools';
import { SuggestToggle } from '../features/review/SuggestToggle';
import { useTypedSlash } from './ui/slash-trigger';
import { moveDomSelection, takeDomSelection } from './dom-selection';
import { boundaryMotion } from './boundary-keys';
import { UrlForm } from './ui/UrlForm';
import './editor.css';

type EditableProps = Parameters<typeof Editable>[0];

const IMAGE_TYPES = 'image/png,image/jpeg,image/gif,image/webp';
const FORM_WIDTH = 400;
const MENU_WIDTH = 300;

const isFind = hotkeyMatcher(['mod+f']);
const isReplace = hotkeyMatcher(['mod+h', 'mod+alt+f']);
const isExtendLeft = hotkeyMatcher(['shift+left']);
const isExtendRight = hotkeyMatcher(['shift+right']);
const isSelectAll = hotkeyMatcher(['mod+a']);
const COMMAND_KEYS = KEYED_COMMANDS.map((command) => [hotkeyMatcher(command.hotkeys), command] as const);

/** The block menu: by "/" typed on an empty line, or by a button. */
type Menu = { mode: 'slash' | 'button'; path: Path; query: string; active: number };
type UrlPrompt = { kind: 'link' | 'embed'; range: BaseRange; initial: string; editing: boolean };

/** The "/query" typed on the line the slash menu belongs to; null once it is no longer there. */
function slashQuery(editor: Editor, path: Path): string | null {
  if (!Node.has(editor, path)) return null;
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection) || !Editor.hasPath(editor, selection.anchor.path)) return null;
  const entry = textBlockAt(editor);
  if (!entry || entry[1].join() !== path.join()) return null;
  const text = Node.string(Node.get(editor, path));
  return text.startsWith('/') ? text.slice(1) : null;
}

/**
 * The story body with everything around it: toolbar, find bar, block menu, link and
 * embed forms, image picking. Takes the props of slate-react's Editable; `lang` is the
 * story's language, which typography follows.
 */
export function StoryEditable(props: EditableProps) {
  const editor = useSlateStatic();
  useLayoutEffect(() => setStoryLanguage(editor, props.lang), [editor, props.lang]);
  useBlockHintSource();
  const surface = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const pendingImage = useRef<RangeRef | null>(null);
  const listId = useId();

  const addImage = useApp((s) => s.addImage);
  const imageUrl = useApp((s) => s.imageUrl);
  const services = useMemo<EditorServices>(() => ({ imageUrl }), [imageUrl]);

  const find = useFind();
  const extra = useApp(useShallow((s) => Object.values(s.decorators)));
  const decorate = useMemo(() => combineDecorators([find.decorate, ...extra]), [find.decorate, extra]);
  const [menu, setMenu] = useState<Menu | null>(null);
  const [prompt, setPrompt] = useState<UrlPrompt | null>(null);

  // ——— Block menu ———
  const slashAt = useTypedSlash();
  if (slashAt && !menu) setMenu({ mode: 'slash', path: slashAt, query: '', active: 0 });
  const typed = useSlateSelector((e) => (menu?.mode === 'slash' ? slashQuery(e, menu.path) : null));
  const query = menu?.mode === 'slash' ? (typed ?? '') : (menu?.query ?? '');
  const items = useMemo(() => (menu ? filterMenu(query) : []), [menu, query]);
  // Deleting the "/" (or leaving the line, or a space after a query that matches nothing) closes the menu.
  if (menu?.mode === 'slash' && (typed === null || (items.length === 0 && /\s/.test(query)))) setMenu(null);
  const active = Math.min(menu?.active ?? 0, Math.max(items.length - 1, 0));
  const menuPosition = useOverlayPosition(surface, menu ? `${menu.mode}:${menu.path.join()}` : null, (el) => {
    if (!menu || !Node.has(editor, menu.path)) return null;
    return below(ReactEditor.toDOMNode(editor, Node.get(editor, menu.path)).getBoundingClientRect(), el, MENU_WIDTH, 4);
  });

  /** Opens the block menu by a button, under `path` or the line holding the caret. */
  const openMenu = useCallback(
    (path?: Path) => {
      const at = path ?? textBlockAt(editor)?.[1] ?? editor.selection?.focus.path.slice(0, 1) ?? [editor.children.length - 1];
      if (!editor.selection) Transforms.select(editor, Editor.end(editor, at));
      setMenu({ mode: 'button', path: at, query: '', active: 0 });
    },
    [editor],
  );

  const ui: EditorUi = useMemo(
    () => ({
      editLink: () => {
        const { selection } = editor;
        if (!selection) return;
        const link = activeLink(editor);
        setPrompt({ kind: 'link', range: selection, initial: link?.[0].url ?? '', editing: link !== undefined });
      },
      pickImage: () => {
        pendingImage.current?.unref();
        pendingImage.current = editor.selection ? Editor.rangeRef(editor, editor.selection) : null;
        fileInput.current?.click();
      },
      askEmbed: () => {
        const { selection } = editor;
        if (selection) setPrompt({ kind: 'embed', range: selection, initial: '', editing: false });
      },
    }),
    [editor],
  );

  const pick = (item: MenuItem) => {
    const current = menu;
    setMenu(null);
    ReactEditor.focus(editor);
    if (current?.mode === 'slash' && slashQuery(editor, current.path) !== null) {
      // The typed "/query" goes; the line is empty again for what was picked.
      Transforms.delete(editor, { at: { anchor: Editor.start(editor, current.path), focus: Editor.end(editor, current.path) } });
    }
    item.command.run(editor, ui);
  };

  const menuKey = (event: KeyboardEvent): boolean => {
    if (!menu) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setMenu({ ...menu, active: items.length ? (active + step + items.length) % items.length : 0 });
      return true;
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      const item = items[active];
      if (!item) return false;
      pick(item);
      return true;
    }
    if (event.key === 'Escape') {
      setMenu(null);
      ReactEditor.focus(editor);
      return true;
    }
    return false;
  };

  // ——— Keys ———
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    props.onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (menu?.mode === 'slash' && menuKey(event)) {
      event.preventDefault();
      return;
    }
    const native = event.nativeEvent;
    const extend = isExtendLeft(native) ? 'left' : isExtendRight(native) ? 'right' : null;
    if (extend && editor.selection && ReactEditor.hasEditableTarget(editor, event.target)) {
      event.preventDefault();
      takeDomSelection(editor);
      extendSelection(editor, extend);
      return;
    }
    const motion = boundaryMotion(native);
    if (motion && moveDomSelection(editor, motion)) {
      event.preventDefault();
      return;
    }
    if (isSelectAll(native) && ReactEditor.hasEditableTarget(editor, event.target)) {
      event.preventDefault();
      selectAll(editor);
      return;
    }
    for (const [matches, command] of COMMAND_KEYS) {
      if (matches(native)) {
        event.preventDefault();
        takeDomSelection(editor);
        command.run(editor, ui);
        return;
      }
    }
  };

  // Find works from anywhere in the story, header fields included.
  const { show: showFind, close: closeFind, open: findOpen } = find;
  useEffect(() => {
    const onWindowKey = (event: globalThis.KeyboardEvent) => {
      if (isFind(event) || isReplace(event)) {
        event.preventDefault();
        showFind(isReplace(event));
      } else if (event.key === 'Escape' && findOpen && document.activeElement === document.body) {
        // A button of the bar that went disabled (after Replace all) dropped the focus.
        closeFind();
      }
    };
    window.addEventListener('keydown', onWindowKey);
    return () => window.removeEventListener('keydown', onWindowKey);
  }, [showFind, closeFind, findOpen]);

  // ——— Link and embed forms ———
  const promptPosition = useRangePosition(surface, prompt ? `${prompt.kind}:${JSON.stringify(prompt.range)}` : null, prompt?.range ?? null, FORM_WIDTH);
  const closePrompt = (range?: BaseRange) => {
    setPrompt(null);
    ReactEditor.focus(editor);
    if (range && Editor.hasPath(editor, range.anchor.path) && Editor.hasPath(editor, range.focus.path)) Transforms.select(editor, range);
  };
  const submitPrompt = (url: string) => {
    if (!prompt) return;
    closePrompt(prompt.range);
    if (prompt.kind === 'link') wrapLink(editor, url);
    else insertEmbed(editor, url);
  };

  // ——— Images ———
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    const at = pendingImage.current?.unref() ?? null;
    pendingImage.current = null;
    if (!file) return;
    const src = await addImage(file);
    if (!src) return;
    ReactEditor.focus(editor);
    if (at && Editor.hasPath(editor, at.anchor.path)) Transforms.select(editor, at);
    insertImage(editor, { src });
  };

  const slashOpen = menu?.mode === 'slash' && items.length > 0;
  return (
    <EditorServicesContext.Provider value={services}>
      <div className="story-editor">
        <Toolbar ui={ui} onInsert={() => openMenu()} onFind={() => find.show(false)}>
          <QuoteButtons />
          <SuggestToggle />
        </Toolbar>
        {find.open && <FindBar find={find} />}
        <div ref={surface} className="story-editor__surface" dir={props.dir}>
          <Editable
            {...props}
            renderElement={renderElement}
            renderChunk={renderChunk}
            renderLeaf={renderLeaf}
            decorate={decorate}
            onKeyDown={onKeyDown}
            aria-expanded={slashOpen ? true : undefined}
            aria-controls={slashOpen ? listId : undefined}
            aria-activedescendant={slashOpen ? optionId(listId, active) : undefined}
          />
          <BlockGutter surface={surface} onOpen={openMenu} />
          <LinkBubble surface={surface} hidden={prompt !== null} onEdit={ui.editLink} />
          <QuoteTools surface={surface} />
          {menu && (
            <BlockMenu
              mode={menu.mode}
              listId={listId}
              items={items}
              active={active}
              query={query}
              position={menuPosition}
              onQuery={(q) => setMenu({ ...menu, query: q, active: 0 })}
              onActive={(i) => setMenu({ ...menu, active: i })}
              onPick={pick}
              onMenuKey={menuKey}
            />
          )}
          {prompt && promptPosition && (
            <div className="url-popover" style={{ top: promptPosition.top, left: promptPosition.left }} role="dialog" aria-label={prompt.kind === 'link' ? 'Link address' : 'Embed address'} dir="ltr">
              <UrlForm
                label={prompt.kind === 'link' ? 'Link address' : 'Embed address'}
                initial={prompt.initial}
                submitLabel={prompt.kind === 'link' ? (prompt.editing ? 'Save' : 'Link') : 'Embed'}
                onSubmit={submitPrompt}
                onCancel={() => closePrompt(prompt.range)}
                extra={
                  prompt.editing && (
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      onClick={() => {
                        closePrompt(prompt.range);
                        unwrapLink(editor);
                      }}
                    >
                      Remove
                    </button>
                  )
                }
              />
            </div>
          )}
        </div>
        <input ref={fileInput} type="file" accept={IMAGE_TYPES} hidden aria-hidden="true" tabIndex={-1} onChange={(e) => void onFile(e)} />
      </div>
    </EditorServicesContext.Provider>
  );
}
