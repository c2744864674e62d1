/** The News Lens analysis engine: pure TypeScript, no `vscode`. */
export { analyze } from './analyze';
export type * from './types';
