SELECT e.id, e.local,
              e.type_code, e.cameo_code, e.date, e.grain_code, e.first_day, e.report_date, e.planned, e.members,
              e.r_start IS NOT NULL, k.key, k.input_id, k.path, CASE WHEN k.title_chars IS NULL THEN k.title ELSE substr(k.text, 1, k.title_chars) END, k.outlet, COALESCE(e.r_outlet, k.outlet), k.published, k.language,
        COALESCE(e.r_evidence, substr(k.text, e.r_start + 1, e.r_end - e.r_start)), e.more
 FROM json_each(?) j JOIN events e ON e.id = j.value JOIN documents k ON k.id = e.document
