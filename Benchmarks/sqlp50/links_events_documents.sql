SELECT l.event, l.b, l.day, e.type_code, e.cameo_code, e.date, e.grain_code, e.first_day, e.last_day, e.report_date, e.local, k.key, k.published, k.outlet
        FROM links l JOIN events e ON e.id = l.event JOIN documents k ON k.id = e.document
        WHERE l.a = ?1 AND l.kind = 0 AND l.day BETWEEN ?2 AND ?3 AND (?4 IS NULL OR e.last_day >= ?4)
