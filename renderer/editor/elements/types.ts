import type { RenderElementProps } from 'slate-react';
import type { StoryElement } from '../custom-types';

/** What slate-react hands an element component, with the element narrowed to its type. */
export type ElementProps<T extends StoryElement> = Omit<RenderElementProps, 'element'> & { element: T };
