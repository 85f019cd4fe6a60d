import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { findPeople } from './lib/extract';
const w = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
const doc = new w.DOMParser().parseFromString(readFileSync(process.argv[2] ?? "", 'utf8'), 'text/html') as unknown as Document;
for (const p of findPeople(doc, new URL('https://example.com/team'))) console.log(JSON.stringify([p.name, p.title, p.evidence.map(e => e.detector).join(',')]));
await w.happyDOM.close();
