// A pattern built on first use. Patterns with many Unicode classes (a person's name, a company's)
// take a noticeable time to build, and a process that reads one message (`jobnudge parse`, a cold
// Lambda) often needs none of a reader's patterns: built at module load, they cost every start.

/** `build()` once, on the first call; the same RegExp (and its lastIndex) after that. */
export function lazily(build: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => {
    made ??= build();
    return made;
  };
}
