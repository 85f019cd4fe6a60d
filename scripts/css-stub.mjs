/**
 * A Node module hook for the benches: components import their stylesheets for the bundler, and
 * Node cannot load `.css`; a bench measures script work, so a stylesheet loads as nothing.
 */
export async function load(url, context, nextLoad) {
  if (url.endsWith('.css'))
    return { format: 'module', source: 'export default {};', shortCircuit: true };
  return nextLoad(url, context);
}
