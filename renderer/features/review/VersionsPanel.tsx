import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/model/article';
import type { VersionEntry } from '../../../shared/model/version';
import { articleDiff } from '../../../shared/review/article-diff';
import { fullTime, plural } from '../../app/format';
import { useApp } from '../../store';
import { ArticleView } from '../story/ArticleView';
import { DiffView } from './DiffView';
import './review.css';

const NOW = 'now';

/** How a version came to be, in words. */
export function versionReason(entry: VersionEntry): string {
  switch (entry.reason) {
    case 'save':
      return 'Saved';
    case 'status':
      return 'Status changed';
    case 'interval':
      return 'While editing';
    case 'restore':
      return entry.restoredFrom ? `Restored version ${entry.restoredFrom}` : 'Restored';
    case 'manual':
      return 'Kept';
  }
}

type Shown = { kind: 'view'; entry: VersionEntry; article: Article } | { kind: 'diff'; from: string; to: string; a: Article; b: Article } | null;

/** The Versions panel: the story's history, each version readable, two compared word by word, any restored. */
export function VersionsPanel() {
  const uid = useApp((s) => s.story?.article.uid);
  // A different story starts the panel afresh.
  return <Versions key={uid ?? ''} uid={uid} />;
}

function Versions({ uid }: { uid: string | undefined }) {
  const current = useApp((s) => s.story?.article);
  const versions = useApp((s) => s.versions);
  const loadVersions = useApp((s) => s.loadVersions);
  const readVersion = useApp((s) => s.readVersion);
  const restoreVersion = useApp((s) => s.restoreVersion);
  const snapshot = useApp((s) => s.snapshot);
  const [shown, setShown] = useState<Shown>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(NOW);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadVersions();
  }, [uid, loadVersions]);

  const list = versions ?? [];
  const newestFirst = [...list].reverse();
  const fromId = from || list.at(-2)?.id || list.at(-1)?.id || '';
  const label = (id: string) => (id === NOW ? 'Now' : `Version ${list.find((v) => v.id === id)?.seq ?? '?'}`);

  const load = async (id: string): Promise<Article | null> => (id === NOW ? (current ?? null) : readVersion(id));

  const compare = async () => {
    const [a, b] = await Promise.all([load(fromId), load(to)]);
    if (a && b) setShown({ kind: 'diff', from: fromId, to, a, b });
  };

  const view = async (entry: VersionEntry) => {
    const article = await readVersion(entry.id);
    if (article) setShown({ kind: 'view', entry, article });
  };

  const restore = async (entry: VersionEntry) => {
    setBusy(true);
    try {
      if (await restoreVersion(entry)) setShown(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="versions-panel">
      <div className="versions-panel__bar">
        <button type="button" className="button button--small" onClick={() => void snapshot('manual')}>
          Keep this version
        </button>
      </div>
      {list.length === 0 ? (
        <p className="review-panel__hint">No versions yet. Saving with Ctrl+S keeps one.</p>
      ) : (
        <>
          <form
            className="versions-compare"
            aria-label="Compare versions"
            onSubmit={(e) => {
              e.preventDefault();
              void compare();
            }}
          >
            <select className="select" aria-label="Compare from" value={fromId} onChange={(e) => setFrom(e.target.value)}>
              {newestFirst.map((v) => (
                <option key={v.id} value={v.id}>
                  {label(v.id)}
                </option>
              ))}
            </select>
            <span aria-hidden="true">→</span>
            <select className="select" aria-label="Compare to" value={to} onChange={(e) => setTo(e.target.value)}>
              <option value={NOW}>Now</option>
              {newestFirst.map((v) => (
                <option key={v.id} value={v.id}>
                  {label(v.id)}
                </option>
              ))}
            </select>
            <button type="submit" className="button button--small">
              Compare
            </button>
          </form>
          <ol className="version-list" aria-label="Versions">
            {newestFirst.map((v) => (
              <li key={v.id} className="version" aria-label={`Version ${v.seq}`}>
                <p className="version__title">
                  <strong>Version {v.seq}</strong> · {versionReason(v)}
                </p>
                <p className="version__meta">
                  {v.author.name || v.author.initials || 'Unknown'} · <time dateTime={v.at}>{fullTime(v.at)}</time> · {plural(v.wordCount, 'word', 'words')}
                </p>
                <div className="version__actions">
                  <button type="button" className="button button--small button--quiet" onClick={() => void view(v)}>
                    Open
                  </button>
                  <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => void restore(v)}>
                    Restore
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      {shown?.kind === 'view' && (
        <div className="versions-panel__shown">
          <p className="column-label">
            Version {shown.entry.seq} (read only){' '}
            <button type="button" className="button button--small button--quiet" onClick={() => setShown(null)}>
              Close
            </button>
          </p>
          <ArticleView article={shown.article} label={`Version ${shown.entry.seq}`} />
        </div>
      )}
      {shown?.kind === 'diff' && (
        <div className="versions-panel__shown">
          <p className="column-label">
            {label(shown.from)} → {label(shown.to)}{' '}
            <button type="button" className="button button--small button--quiet" onClick={() => setShown(null)}>
              Close
            </button>
          </p>
          <DiffView diff={articleDiff(shown.a, shown.b)} label="Differences" />
        </div>
      )}
    </div>
  );
}
