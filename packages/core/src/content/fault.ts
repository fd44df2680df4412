/** One problem in the content, said so that a contributor can fix it. */
export interface Fault {
  /** The rule that found it (`front-matter`, `unique-ids`, ...). */
  rule: string;
  /** The file, relative to the content root. */
  file: string;
  /** The field or heading at fault, when there is one. */
  field?: string;
  /** The 1-based line, when known. */
  line?: number;
  /** What is wrong and what to do. */
  message: string;
}
