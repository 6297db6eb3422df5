/** Where a rule's doc page lives; reporters link every finding to it. */
export const DOCS_BASE = 'https://github.com/neglint/neglint/blob/main';

export function ruleUrl(id: string): string {
  return `${DOCS_BASE}/rules/${id}/README.md`;
}
