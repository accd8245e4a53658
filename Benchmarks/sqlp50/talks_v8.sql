SELECT l.event, l.b, l.day, e.type_code, e.cameo_code, e.date, e.grain_code, e.first_day, e.last_day, e.report_date,
          e.local, e.r_start IS NOT NULL,
        k.key, k.input_id, k.path, CASE WHEN k.title_chars IS NULL THEN k.title ELSE substr(k.text, 1, k.title_chars) END, k.outlet, COALESCE(e.r_outlet, k.outlet), k.published, k.language,
        COALESCE(e.r_evidence, substr(k.text, e.r_start + 1, e.r_end - e.r_start)),
          r.id, d.key, d.input_id, d.path, CASE WHEN d.title_chars IS NULL THEN d.title ELSE substr(d.text, 1, d.title_chars) END, d.outlet, COALESCE(r.outlet, d.outlet), d.published, d.language,
        COALESCE(r.evidence, substr(d.text, r.evidence_start + 1, r.evidence_end - r.evidence_start))
        FROM links l
        JOIN events e ON e.id = l.event
        JOIN documents k ON k.id = e.document
        LEFT JOIN reports r ON e.more > 0 AND r.id BETWEEN l.event << 16 AND (l.event << 16) + 65535
        LEFT JOIN documents d ON d.id = r.document
        WHERE l.a = ?1 AND l.kind = 0 AND l.day BETWEEN ?2 AND ?3
          AND (?4 IS NULL OR e.last_day >= ?4) AND (?5 IS NULL OR e.type = ?5)
        ORDER BY l.day, l.event, l.b, r.id
