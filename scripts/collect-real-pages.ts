/**
 * `npm run collect:real -- [--set DIR] [--mirror DIR]`: gathers again the held-out real pages
 * listed in SET/sources.json into SET/LANG/NAME.html (SET is test/real unless --set names
 * another, such as test/real2; the pages are git-ignored: they are other people's, only their
 * labels and this list are committed). Each page is read at its pinned
 * commit, from raw.githubusercontent.com or, with --mirror, from local git mirrors named
 * DIR/OWNER+NAME/repo, then the server-side code named in `strip` is removed and a Markdown
 * page is rendered (`markdown`), nothing else.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { z } from 'zod';

const Source = z.object({
  file: z.string(),
  repo: z.string(),
  commit: z.string().regex(/^[0-9a-f]{40}$/u),
  path: z.string(),
  strip: z.array(z.enum(['php', 'front-matter', 'blade', 'jsp', 'freemarker', 'markdown'])),
  kind: z.string(),
});
type Source = z.infer<typeof Source>;

/** What each strip step removes; the page a browser would get, without its server code. */
const STRIPPERS: Record<Source['strip'][number], (html: string) => string> = {
  // `<?php … ?>` and `<?= … ?>` blocks (includes, echoes); an unclosed one runs to the end.
  php: (html) => html.replace(/<\?(?:php|=)[\s\S]*?(?:\?>|$)/gu, ''),
  // Jekyll/Hugo front matter at the top of a Markdown file whose body is raw HTML.
  'front-matter': (html) => html.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/u, ''),
  // Blade directive lines (@extends, @section …) and `{{ … }}` echoes.
  blade: (html) =>
    html
      .replace(/^[ \t]*@(?:extends|section|endsection|stop|yield|push|endpush)\b.*$/gmu, '')
      .replace(/\{\{[\s\S]*?\}\}/gu, ''),
  // JSP directives and scriptlets.
  jsp: (html) => html.replace(/<%[\s\S]*?%>/gu, ''),
  // FreeMarker directives (<#include …>, </#if>) and `${…}` interpolations.
  freemarker: (html) => html.replace(/<\/?#[^>]*>/gu, '').replace(/\$\{[^}]*\}/gu, ''),
  // A Markdown page rendered as its site generator would show it, as ../shared/corpus does
  // (markdown-it, CommonMark, raw HTML passed through): a rep never sees the pipes and stars.
  markdown: (text) => new MarkdownIt({ html: true }).render(text),
};

function fromMirror(mirror: string, source: Source): string {
  const gitDir = join(mirror, source.repo.replace('/', '+'), 'repo');
  return execFileSync('git', ['-C', gitDir, 'show', `${source.commit}:${source.path}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function fromGitHub(source: Source): Promise<string> {
  const url = `https://raw.githubusercontent.com/${source.repo}/${source.commit}/${source.path}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

async function main(): Promise<void> {
  const option = (name: string): string | undefined => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const root = resolve(option('--set') ?? 'test/real');
  const mirror = option('--mirror');
  const sources = z
    .array(Source)
    .parse(JSON.parse(await readFile(join(root, 'sources.json'), 'utf8')));
  for (const source of sources) {
    const raw =
      mirror && existsSync(mirror) ? fromMirror(mirror, source) : await fromGitHub(source);
    const html = source.strip.reduce((text, step) => STRIPPERS[step](text), raw);
    const out = join(root, `${source.file}.html`);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, html);
    console.log(`${source.file}.html  ${source.repo}@${source.commit.slice(0, 7)}:${source.path}`);
  }
}

await main();
