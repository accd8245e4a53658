SELECT l.event, l.b, l.day, e.type_code, e.cameo_code, e.date, e.grain_code, e.first_day, e.last_day, e.report_date,
          e.local, e.r_start IS NOT NULL,
        k.key, k.input_id, k.path, CASE WHEN k.title_chars IS NULL THEN k.title ELSE substr(k.text, 1, k.title_chars) END, k.outlet, COALESCE(e.r_outlet, k.outlet), k.published, k.language,
        COALESCE(e.r_evidence, substr(k.text, e.r_start + 1, e.r_end - e.r_start)), e.more
        FROM links l
        JOIN events e ON e.id = l.event
        JOIN documents k ON k.id = e.document
        WHERE l.a = ?1 AND l.kind = 0 AND l.day BETWEEN ?2 AND ?3
          AND (?4 IS NULL OR e.last_day >= ?4) AND (?5 IS NULL OR e.type = ?5)
        ORDER BY l.day, l.event, l.b
