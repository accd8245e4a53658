-- The two denormalised read paths for `talks` measured in the seventh round (on a copy of the
-- million-interaction store; neither was adopted): `talk_rows` copies each interaction link's event
-- fields beside it (the document still joined), `talk_full` also the document's fields, title and
-- evidence (no join). Queries: talk_rows.sql, talk_full.sql.
CREATE TABLE talk_rows(a INTEGER NOT NULL, day INTEGER NOT NULL, event INTEGER NOT NULL, b INTEGER NOT NULL,
  type_code TEXT, cameo_code TEXT, date TEXT, grain_code TEXT, first_day INTEGER, last_day INTEGER, report_date INTEGER,
  local TEXT, document INTEGER, r_start INTEGER, r_end INTEGER, r_outlet TEXT, r_evidence TEXT, more INTEGER,
  PRIMARY KEY(a, day, event, b)) WITHOUT ROWID;
INSERT INTO talk_rows SELECT l.a, l.day, l.event, l.b, e.type_code, e.cameo_code, e.date, e.grain_code, e.first_day,
  e.last_day, e.report_date, e.local, e.document, e.r_start, e.r_end, e.r_outlet, e.r_evidence, e.more
  FROM links l JOIN events e ON e.id = l.event WHERE l.kind = 0 ORDER BY l.a, l.day, l.event, l.b;
CREATE TABLE talk_full(a INTEGER NOT NULL, day INTEGER NOT NULL, event INTEGER NOT NULL, b INTEGER NOT NULL,
  type_code TEXT, cameo_code TEXT, date TEXT, grain_code TEXT, last_day INTEGER, report_date INTEGER,
  local TEXT, key TEXT, input_id TEXT, path TEXT, title TEXT, outlet TEXT, published TEXT, language TEXT, evidence TEXT,
  more INTEGER, PRIMARY KEY(a, day, event, b)) WITHOUT ROWID;
INSERT INTO talk_full SELECT t.a, t.day, t.event, t.b, t.type_code, t.cameo_code, t.date, t.grain_code, t.last_day,
  t.report_date, t.local, k.key, k.input_id, k.path, substr(k.text, 1, k.title_chars), k.outlet, k.published, k.language,
  substr(k.text, t.r_start + 1, t.r_end - t.r_start), t.more
  FROM talk_rows t JOIN documents k ON k.id = t.document ORDER BY 1, 2, 3, 4;
