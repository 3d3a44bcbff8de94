export { exportStories, workspaceStoryIds, writeRenderedStory, type ExportOptions, type ExportProgress, type ExportReport } from './export';
export { EXPORT_FORMATS, FORMAT_EXTENSION, isExportFormat, type ExportFormat } from './formats';
export { exportBaseName, assignFileNames } from './names';
export { renderStory, type ImageMode, type RenderedStory, type RenderStoryOptions } from './render';
export { houseStyle, workspaceStyle, nodeSha256Base64, setHouseStylesheetPath, HOUSE_STYLESHEET_PATH, THEME_STYLESHEET } from './theme';
