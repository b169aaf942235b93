/** A group of words: one string per key, so a key a language leaves out is a compile error. */
export type Words<K extends string> = Record<K, string>;
