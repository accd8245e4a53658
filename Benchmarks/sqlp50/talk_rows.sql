SELECT t.event, t.b, t.day, t.type_code, t.cameo_code, t.date, t.grain_code, t.first_day, t.last_day, t.report_date,
          t.local, t.r_start IS NOT NULL,
        k.key, k.input_id, k.path, CASE WHEN k.title_chars IS NULL THEN k.title ELSE substr(k.text, 1, k.title_chars) END, k.outlet, COALESCE(t.r_outlet, k.outlet), k.published, k.language,
        COALESCE(t.r_evidence, substr(k.text, t.r_start + 1, t.r_end - t.r_start)),
          r.id, d.key, d.input_id, d.path, CASE WHEN d.title_chars IS NULL THEN d.title ELSE substr(d.text, 1, d.title_chars) END, d.outlet, COALESCE(r.outlet, d.outlet), d.published, d.language,
        COALESCE(r.evidence, substr(d.text, r.evidence_start + 1, r.evidence_end - r.evidence_start))
        FROM talk_rows t
        JOIN documents k ON k.id = t.document
        LEFT JOIN reports r ON t.more > 0 AND r.id BETWEEN t.event << 16 AND (t.event << 16) + 65535
        LEFT JOIN documents d ON d.id = r.document
        WHERE t.a = ?1 AND t.day BETWEEN ?2 AND ?3
          AND (?4 IS NULL OR t.last_day >= ?4)
        ORDER BY t.day, t.event, t.b, r.id
