// @vitest-environment happy-dom
import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSignature } from '../../../../lib/sites/gmail';
import { REAL_GMAIL, renderedBody } from './fixture-doc';
it('scratch', () => {
  const g3 = JSON.parse(readFileSync(resolve(REAL_GMAIL, 'sent-message-with-signature-2019-07.gmailjs.json'), 'utf8'));
  console.log(parseSignature(renderedBody(g3['9']['2'][0]['2']), { name: g3['2']['3'], email: g3['2']['2'] }));
  const g2 = JSON.parse(readFileSync(resolve(REAL_GMAIL, 'thread-xhr-fd-embedded-2022-09.gmailjs.json'), 'utf8'));
  for (const t of g2[1]) for (const m of t[1][4]) {
    console.log(parseSignature(renderedBody(m[8][1][0][2][1]), { name: m[1][2], email: m[1][1] }));
  }
});
