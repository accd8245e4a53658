SELECT event, b, day, type_code, cameo_code, date, grain_code, last_day, report_date, local, key, input_id, path, title, outlet, published, language, evidence, more
FROM talk_full WHERE a = ?1 AND day BETWEEN ?2 AND ?3 AND (?4 IS NULL OR last_day >= ?4)
