import type { MouseEvent } from 'react';
import type { LinkElement } from '../custom-types';
import { openLink } from '../open-link';
import type { ElementProps } from './types';

// Lets the caret sit just outside a link in Chromium.
const EdgeSpacer = () => (
  <span contentEditable={false} className="link-edge">
    {String.fromCodePoint(160)}
  </span>
);

/** A link; Ctrl/Cmd+click opens it outside the editor. */
export function Link({ attributes, children, element }: ElementProps<LinkElement>) {
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) openLink(element.url);
  };
  return (
    <a {...attributes} href={element.url} className="inline-link" onClick={onClick}>
      <EdgeSpacer />
      {children}
      <EdgeSpacer />
    </a>
  );
}
