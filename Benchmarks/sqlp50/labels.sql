SELECT n.id, n.key, n.label, n.label_en, n.label_ar FROM json_each(?) j JOIN nodes n ON n.id = j.value
