// Content-script entry: replaced by the annotator (see docs/architecture.md).
export {};
