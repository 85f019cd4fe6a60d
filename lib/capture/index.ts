// Only what the content script needs; page.ts (tldts and its suffix list) is imported
// directly by the extension pages so it never ships to the page.

export * from './language';
export * from './selection';
