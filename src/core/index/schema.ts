/**
 * The read model's tables. Everything here is derived from the store and can be rebuilt from its change log; the
 * `meta` row `log_position` says how far this file has caught up, so a restart only reads the tail of the log.
 * Bump SCHEMA_VERSION when a table changes: an older file is then dropped and rebuilt.
 */
export const SCHEMA_VERSION = 3;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- seq is the order this index saw articles in: recency-bounded search uses it as a cheap time axis.
CREATE TABLE IF NOT EXISTS articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  outlet TEXT NOT NULL,
  url TEXT,
  file TEXT,
  published_at TEXT,
  ingested_at TEXT NOT NULL,
  at TEXT NOT NULL,
  sources TEXT NOT NULL,
  text TEXT NOT NULL,
  paragraphs TEXT,
  story_id TEXT
);
CREATE INDEX IF NOT EXISTS articles_by_at ON articles(at);
CREATE INDEX IF NOT EXISTS articles_by_story ON articles(story_id);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, text, content='articles', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_vocab USING fts5vocab(articles_fts, 'row');

CREATE TABLE IF NOT EXISTS quotes (
  qseq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  article_seq INTEGER NOT NULL,
  entity_id TEXT,
  speaker_name TEXT,
  speaker_type TEXT,
  speaker_role TEXT,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  belief INTEGER NOT NULL,
  confidence REAL NOT NULL,
  at TEXT NOT NULL,
  speaker_token TEXT
);
CREATE INDEX IF NOT EXISTS quotes_by_entity ON quotes(entity_id, at DESC);
CREATE INDEX IF NOT EXISTS quotes_by_article ON quotes(article_seq);

-- speaker_token (see speaker-token.ts) lets one MATCH ask for a speaker's quotes on a topic.
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
  text, speaker_token, content='quotes', content_rowid='qseq', tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  aliases TEXT NOT NULL,
  roles TEXT NOT NULL,
  organization TEXT,
  mention_count INTEGER NOT NULL,
  article_count INTEGER NOT NULL,
  quote_count INTEGER NOT NULL,
  last_at TEXT NOT NULL
);

-- Every way a question may name an entity: full name, alias, surname, role, organisation (normalised).
CREATE TABLE IF NOT EXISTS entity_names (
  key TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  how TEXT NOT NULL,
  PRIMARY KEY (key, entity_id, how)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS article_entities (
  entity_id TEXT NOT NULL,
  article_seq INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (entity_id, article_seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_entities_by_article ON article_entities(article_seq, entity_id);

CREATE TABLE IF NOT EXISTS stories (
  id TEXT PRIMARY KEY,
  headline TEXT NOT NULL,
  first_at TEXT NOT NULL,
  last_at TEXT NOT NULL,
  article_count INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_by_last ON stories(last_at);

-- Story clustering features: the article's weighted topic words and hashed shingles of what it quotes.
CREATE TABLE IF NOT EXISTS article_features (
  article_seq INTEGER PRIMARY KEY,
  vector TEXT NOT NULL,
  quote_shingles TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS quote_shingles (
  shingle INTEGER NOT NULL,
  article_seq INTEGER NOT NULL,
  PRIMARY KEY (shingle, article_seq)
) WITHOUT ROWID;
`;
