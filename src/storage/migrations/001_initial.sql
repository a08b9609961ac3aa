-- Marsad's store: collections of articles (the decoded source text every offset points into), the analysis of
-- each collection (its dossier, its stories with stable keys) and the folded search index. One schema for the
-- embedded PGlite and for PostgreSQL: only what both run the same way (no extensions, no locale-bound features).

CREATE TABLE collections (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  -- bumped by every write that adds articles; an analysis is of one revision
  revision INTEGER NOT NULL DEFAULT 0,
  next_article INTEGER NOT NULL DEFAULT 1,
  next_story INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE articles (
  collection_id TEXT NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  -- sha256 of the text (line ends folded): the same article added twice is stored once
  content_hash TEXT NOT NULL,
  origin TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('text', 'html')),
  source_text TEXT NOT NULL,
  declared JSONB NOT NULL DEFAULT '{}',
  encoding TEXT,
  messages JSONB NOT NULL DEFAULT '[]',
  added_revision INTEGER NOT NULL,
  added_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  -- what the latest analysis found in it: its documents (title, outlet, date, story) and messages
  analysis JSONB,
  -- the engine version whose tokens fill its search terms; null until indexed
  indexed_version TEXT,
  PRIMARY KEY (collection_id, id),
  UNIQUE (collection_id, content_hash),
  UNIQUE (collection_id, seq)
);

CREATE TABLE stories (
  collection_id TEXT NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  -- stable across re-analyses (the dossier's own story ids are positional and may shift)
  story_key TEXT NOT NULL,
  dossier_id TEXT NOT NULL,
  title TEXT,
  documents JSONB NOT NULL,
  created_revision INTEGER NOT NULL,
  updated_revision INTEGER NOT NULL,
  PRIMARY KEY (collection_id, story_key)
);

CREATE TABLE dossiers (
  collection_id TEXT PRIMARY KEY REFERENCES collections (id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  engine_version TEXT NOT NULL,
  -- kept as the exact JSON text the core produced: served as is, offsets and key order untouched
  body TEXT NOT NULL,
  analysed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per (document, folded term): the term's occurrences as source offsets [[start, end], ...].
CREATE TABLE search_terms (
  collection_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  term TEXT NOT NULL,
  hits INTEGER NOT NULL,
  spans JSONB NOT NULL,
  PRIMARY KEY (collection_id, doc_id, term),
  FOREIGN KEY (collection_id, article_id) REFERENCES articles (collection_id, id) ON DELETE CASCADE
);

CREATE INDEX search_terms_by_term ON search_terms (term, collection_id);
CREATE INDEX search_terms_by_article ON search_terms (collection_id, article_id);
