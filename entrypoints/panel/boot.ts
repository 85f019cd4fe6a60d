/**
 * The panel page's only script at load: the header and loading line in its HTML paint first,
 * and the panel's code (Preact, the form, messaging) loads right after that paint, or after
 * 50 ms where the browser holds back frames (a tab in the background, a frame just placed).
 */
let load = () => {
  load = () => {};
  void import('./main');
};
requestAnimationFrame(() => setTimeout(() => load(), 0));
setTimeout(() => load(), 50);
