SELECT e.id, e.local,
              e.type_code, e.cameo_code, e.date, e.grain_code, e.first_day, e.report_date, e.planned, e.members,
              e.r_start IS NOT NULL, k.key, k.input_id, k.path, CASE WHEN k.title_chars IS NULL THEN k.title ELSE substr(k.text, 1, k.title_chars) END, k.outlet, COALESCE(e.r_outlet, k.outlet), k.published, k.language,
        COALESCE(e.r_evidence, substr(k.text, e.r_start + 1, e.r_end - e.r_start)), r.id, d.key, d.input_id, d.path, CASE WHEN d.title_chars IS NULL THEN d.title ELSE substr(d.text, 1, d.title_chars) END, d.outlet, COALESCE(r.outlet, d.outlet), d.published, d.language,
        COALESCE(r.evidence, substr(d.text, r.evidence_start + 1, r.evidence_end - r.evidence_start))
            FROM json_each(?) j JOIN events e ON e.id = j.value JOIN documents k ON k.id = e.document
            LEFT JOIN reports r ON e.more > 0 AND r.id BETWEEN e.id << 16 AND (e.id << 16) + 65535
            LEFT JOIN documents d ON d.id = r.document
