import { useEffect, useLayoutEffect, useRef, useState, type SyntheticEvent } from 'react';
import { pageStyle, type PageStyle } from '../../../shared/render/style';
import { revealBlock } from '../../editor/active-editor';
import { useApp, useAppStore } from '../../store';
import { whenStoryRests, type RestReason } from '../../store/watch';
import { PREVIEW_DEVICES, printMediaOnScreen, type PreviewDevice } from './print-style';
import { PREVIEW_DEBOUNCE_MS } from './preview-timing';
import { imageSources } from '../../../shared/model/asset';
import { renderPreview } from './render-preview';
import './preview.css';


interface Styles {
  screen: PageStyle;
  print: PageStyle;
}

const DEVICES = Object.keys(PREVIEW_DEVICES) as PreviewDevice[];

/** Clicks inside the page: links never navigate; a click on a block puts the editor's caret there. */
function onFrameClick(event: MouseEvent): void {
  const target = event.target as Element | null;
  if (!target || typeof target.closest !== 'function') return;
  if (target.closest('a, area')) event.preventDefault();
  const block = target.closest('[data-block]');
  const index = Number(block?.getAttribute('data-block'));
  if (block && Number.isInteger(index)) revealBlock(index);
}

function preventLinks(event: MouseEvent): void {
  const target = event.target as Element | null;
  if (target && typeof target.closest === 'function' && target.closest('a, area')) event.preventDefault();
}

/**
 * The open story as its exported page, in a frame that runs no script (sandbox without
 * allow-scripts, and the page's own CSP) and loads nothing from the network (images are
 * inlined). It follows the story once typing pauses, off the keystroke path.
 */
export function PreviewPanel() {
  const store = useAppStore();
  const workspace = useApp((s) => s.info?.path ?? '');
  const hasStory = useApp((s) => s.story !== null);
  const [device, setDevice] = useState<PreviewDevice>('desktop');
  const [styles, setStyles] = useState<Styles | null>(null);
  const [missing, setMissing] = useState(0);
  const [stage, setStage] = useState({ width: 0, height: 0 });
  const frameRef = useRef<HTMLIFrameElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const scrollTop = useRef(0);

  useEffect(() => {
    let live = true;
    void store
      .getState()
      .loadPageStylesheet()
      .then((css) => {
        if (!live || css === null) return;
        // Hashed here with the plain SHA-256; main hashes with Node's crypto. Both must agree for export = preview.
        setStyles({ screen: pageStyle(css), print: pageStyle(printMediaOnScreen(css)) });
      });
    return () => {
      live = false;
    };
  }, [store, workspace]);

  useLayoutEffect(() => {
    const el = stageRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setStage({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasStory]);

  useEffect(() => {
    if (!styles) return;
    const style = device === 'print' ? styles.print : styles.screen;
    let generation = 0;

    const render = async (fromTop: boolean) => {
      const run = ++generation;
      const article = store.getState().story?.article;
      const frame = frameRef.current;
      if (!article || !frame) return;
      const sources = imageSources(article);
      const urls = new Map<string, string>();
      if (sources.length > 0) {
        const found = await Promise.all(sources.map((src) => store.getState().imageUrl(src)));
        if (run !== generation) return;
        sources.forEach((src, i) => {
          const url = found[i];
          if (url) urls.set(src, url);
        });
      }
      setMissing(sources.length - urls.size);
      const html = renderPreview(article, style, urls);
      if (frame.srcdoc === html) return;
      // Another story starts at its top; the same one keeps its place.
      scrollTop.current = fromTop ? 0 : (frame.contentDocument?.scrollingElement?.scrollTop ?? scrollTop.current);
      frame.srcdoc = html;
    };

    const onRest = (reason: RestReason) => void render(reason === 'opened');
    const stop = whenStoryRests(store, { delayMs: PREVIEW_DEBOUNCE_MS, idle: false }, onRest);
    return () => {
      stop();
      generation++;
    };
  }, [store, styles, device, hasStory]);

  const onLoad = (event: SyntheticEvent<HTMLIFrameElement>) => {
    const frame = event.currentTarget;
    const doc = frame.contentDocument;
    if (!doc) return;
    doc.addEventListener('click', onFrameClick);
    doc.addEventListener('auxclick', preventLinks);
    if (doc.scrollingElement) doc.scrollingElement.scrollTop = scrollTop.current;
    frame.dataset['loadedAt'] = String(performance.now());
    frame.dataset['loads'] = String(Number(frame.dataset['loads'] ?? '0') + 1);
  };

  if (!hasStory) return <p className="preview__empty">Open a story to preview it.</p>;

  const width = PREVIEW_DEVICES[device].width;
  const scale = stage.width > 0 ? Math.min(1, stage.width / width) : 1;
  return (
    <div className="preview">
      <div className="preview__bar" role="group" aria-label="Preview width">
        {DEVICES.map((id) => (
          <button key={id} type="button" className="preview__device" aria-pressed={device === id} onClick={() => setDevice(id)}>
            {PREVIEW_DEVICES[id].label}
          </button>
        ))}
      </div>
      <p className="preview__note">
        {device === 'print' ? 'The print styles, on an A4 page.' : `The exported page at ${width} px${scale < 1 ? `, shown at ${Math.round(scale * 100)}%` : ''}.`}
        {missing > 0 && ` ${missing === 1 ? 'One image' : `${missing} images`} could not be shown.`}
      </p>
      <div className={`preview__stage${device === 'print' ? ' preview__stage--print' : ''}`} ref={stageRef}>
        <iframe
          ref={frameRef}
          className="preview__frame"
          title="Story preview"
          sandbox="allow-same-origin"
          referrerPolicy="no-referrer"
          data-device={device}
          onLoad={onLoad}
          style={{ width, height: stage.height > 0 ? stage.height / scale : undefined, transform: `scale(${scale})` }}
        />
      </div>
    </div>
  );
}
