/**
 * The panel page's only script at load: the header and loading line in its HTML paint first,
 * and the panel's code (Preact, the form, messaging) loads right after that paint.
 */
requestAnimationFrame(() => setTimeout(() => void import('./main'), 0));
