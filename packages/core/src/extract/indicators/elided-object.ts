/**
 * A count whose clause repeats only the verb of the clause before ("推进农贸市场快检室标准化改造,完成改造25个"): what
 * is counted is that clause's object, written once. Returns the name of the quantity (the object, without its
 * leading verb), or null when the clause names its own object.
 *
 * @example elidedObject('推进快检室标准化改造', '完成改造') // '快检室标准化改造'
 * @example elidedObject('推进快检室标准化改造', '完成改造管网') // null
 */
export function elidedObject(clauseBefore: string, head: string): string | null {
  const verb = REPEATED_VERB_RE.exec(head.trim())?.[1];
  const before = clauseBefore.trim();
  if (!verb || !before.endsWith(verb) || before.length < verb.length + 4) return null;
  return before.replace(OPENING_VERB_RE, '');
}

// The clause's words before the number: 完成 (or 累计完成, 共完成) and one two-character verb, nothing else.
const REPEATED_VERB_RE = /^(?:累计|共|全年)?(?:完成|实现)(\p{Script=Han}{2})$/u;
const OPENING_VERB_RE = /^(?:推进|推动|实施|开展|加快|启动|组织|持续|全面)+/;
