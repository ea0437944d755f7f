/** Ids are stable kebab-case (`karim-masimov`): they end up in URLs, storage keys and test names. */
export function isRecordId(id: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
}
