import { ruleDocs } from './rules.js';

/** The README's "Safety rules" table, from ruleDocs; __tests__/safety/readme.test.ts keeps them equal. */
export function ruleTable(): string {
  const rows = Object.entries(ruleDocs).map(
    ([id, doc]) => `| \`${id}\` | ${doc.engines.join(', ')} | ${doc.severity} | ${doc.title}. ${doc.why} | ${doc.fix} |`,
  );
  return ['| Rule | Engine | Severity | What and why | Safe alternative |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export const RULE_TABLE_MARKERS = ['<!-- safety-rules:start -->', '<!-- safety-rules:end -->'] as const;
