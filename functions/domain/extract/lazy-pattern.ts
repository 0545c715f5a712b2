// A pattern built on first use. Patterns with many Unicode classes (a person's name, a company's)
// take a noticeable time to build, and a process that reads one message (`jobnudge parse`, a cold
// Lambda) often needs none of a reader's patterns: built at module load, they cost every start.

/** `build()` once, on the first call; the same RegExp (and its lastIndex), or patterns, after that. */
export function lazily<T extends RegExp | readonly RegExp[]>(build: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= build();
    return made;
  };
}
