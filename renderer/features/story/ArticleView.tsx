import type { Article } from '../../../shared/model/article';
import { blockText } from '../../../shared/model/text';

/** A read-only rendering of a version of the story, for comparing side by side. */
export function ArticleView({ article, label }: { article: Article; label: string }) {
  const { headline, section, direction, language } = article.metadata;
  return (
    <section className="article-view" aria-label={label} dir={direction} lang={language}>
      {section && <p className="article-view__section">{section}</p>}
      <h2 className="article-view__headline">{headline || 'Untitled'}</h2>
      {article.body.map((block, i) => {
        const text = blockText(block);
        if (!text) return null;
        return block.type === 'heading' ? (
          <h3 key={i}>{text}</h3>
        ) : (
          <p key={i} className="article-view__para">
            {text}
          </p>
        );
      })}
    </section>
  );
}
