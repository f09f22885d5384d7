/** Articles from one or more outlets about the same event. */
export interface Story {
  id: string;
  articleIds: string[];
  headline: string;
  /** Earliest and latest article times (publishedAt, else ingestedAt), ISO-8601. */
  firstSeen: string;
  lastSeen: string;
}
