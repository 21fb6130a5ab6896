/**
 * The editor's address for a content file (a path inside the repository, as in "Edit this page"),
 * or undefined for a file the editor does not list. Decap CMS names an entry by its collection and
 * its path inside the collection's folder, without the extension.
 */
export function editorEntryUrl(repoPath: string): string | undefined {
  const account = /^content\/accounts\/([a-z0-9-]+)\/(plan|stakeholders|value\/[a-z0-9-]+)\.mdx$/.exec(repoPath);
  if (account) {
    const [, id, file] = account;
    const collection = file === 'plan' ? 'plans' : file === 'stakeholders' ? 'stakeholders' : 'values';
    return `/admin/#/collections/${collection}/entries/${id}/${file}`;
  }
  const member = /^content\/team\/([a-z0-9-]+)\.yaml$/.exec(repoPath);
  if (member) return `/admin/#/collections/team/entries/${member[1]}`;
  if (repoPath === 'content/settings.yaml') return '/admin/#/collections/settings/entries/settings';
  return undefined;
}
