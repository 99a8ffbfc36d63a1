/**
 * Memos for pure questions about a line of text that several stages ask again and again of the same lines (is it a
 * header label? does it close the body?). Each memo lives for one parse: `clearParseMemos` runs at the start of
 * every extraction, so answers never carry from one document to the next and memory stays bounded.
 */

const memos: Map<unknown, unknown>[] = [];

/**
 * `fn` answering from a memo of its earlier answers within the current parse. `fn` must be pure. Texts longer than
 * `maxLength` are answered afresh: hashing a long paragraph costs about as much as a quick question about it.
 */
export function memoizedPerParse<T>(fn: (text: string) => T, maxLength = 160, maxEntries = 8192): (text: string) => T {
  const memo = new Map<string, T>();
  memos.push(memo as Map<unknown, unknown>);
  return (text: string) => {
    if (text.length > maxLength) return fn(text);
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    const value = fn(text);
    if (memo.size >= maxEntries) memo.clear();
    memo.set(text, value);
    return value;
  };
}

/**
 * `fn` of a context object (a unit directory) and a text, answering from a memo of its earlier answers for that
 * object within the current parse; as `memoizedPerParse` otherwise. The objects are forgotten with the answers.
 */
export function memoizedPerParseWith<K extends object, T>(
  fn: (key: K, text: string) => T,
  maxLength = 160,
  maxEntries = 8192,
): (key: K, text: string) => T {
  const byKey = new Map<K, Map<string, T>>();
  memos.push(byKey as Map<unknown, unknown>);
  return (key: K, text: string) => {
    if (text.length > maxLength) return fn(key, text);
    let memo = byKey.get(key);
    if (!memo) {
      // Asked outside a parse with ever new objects, the memo still stays bounded.
      if (byKey.size >= 16) byKey.clear();
      memo = new Map();
      byKey.set(key, memo);
    }
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    const value = fn(key, text);
    if (memo.size >= maxEntries) memo.clear();
    memo.set(text, value);
    return value;
  };
}

/** Forgets every memo's answers: called when a new document's extraction starts. */
export function clearParseMemos(): void {
  for (const m of memos) m.clear();
}
