// Light or dark, as the system asks (`prefers-color-scheme`); the page's CSS follows it by
// media query, and the parts drawn by script (Monaco, later the graph) read it from here.
export type ColorScheme = 'light' | 'dark';

export const DARK_QUERY = '(prefers-color-scheme: dark)';
