SELECT l.event, l.b, l.day FROM links l WHERE l.a = ?1 AND l.kind = 0 AND l.day BETWEEN ?2 AND ?3 AND (?4 IS NULL OR l.day >= ?4)
