SELECT e.id FROM events e WHERE e.first_day >= ?1 AND e.last_day >= ?2 AND e.first_day <= ?3 ORDER BY e.first_day, e.id LIMIT 50
