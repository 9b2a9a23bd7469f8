import type { DocumentNode } from 'graphql';

/**
 * Documents that parsed and validated, by their text, least recently used dropped first.
 * A thousand wall screens send the same subscription: they share one syntax tree (tens of
 * kilobytes each otherwise, held for the life of the subscription) and one validation.
 */
export class DocumentCache {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(private readonly capacity = 256) {}

  get(text: string): DocumentNode | undefined {
    const document = this.documents.get(text);
    if (document) {
      this.documents.delete(text);
      this.documents.set(text, document);
    }
    return document;
  }

  set(text: string, document: DocumentNode): void {
    this.documents.delete(text);
    if (this.documents.size >= this.capacity) this.documents.delete(this.documents.keys().next().value!);
    this.documents.set(text, document);
  }

  get size(): number {
    return this.documents.size;
  }
}
