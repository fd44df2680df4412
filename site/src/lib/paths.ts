/** The site path of any document id (or document). Shared by the pages and the scripts that run in the browser. */
export function pathOf(doc: { id: string } | string): string {
  const id = typeof doc === 'string' ? doc : doc.id;
  if (id.startsWith('compare/')) return `/compare/${id.slice('compare/'.length)}/`;
  if (id.startsWith('playbook/')) return `/playbooks/${id.slice('playbook/'.length)}/`;
  return `/errors/${id}/`;
}
