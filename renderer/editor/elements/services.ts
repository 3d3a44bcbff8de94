import { createContext, useContext } from 'react';

/** What blocks of the story need from outside the editor. */
export interface EditorServices {
  /** A URL to show an image of the workspace, or null when it cannot be shown. */
  imageUrl: (src: string) => Promise<string | null>;
}

const none: EditorServices = { imageUrl: () => Promise.resolve(null) };

/** Provides the editor's services to its blocks. */
export const EditorServicesContext = createContext<EditorServices>(none);

/** The editor's services. */
export function useEditorServices(): EditorServices {
  return useContext(EditorServicesContext);
}
