import Foundation

/// Hijri → Gregorian conversion with Foundation's Umm al-Qura calendar.
enum Hijri {
    static let islamic: Calendar = {
        var c = Calendar(identifier: .islamicUmmAlQura)
        c.timeZone = TimeZone(identifier: "UTC") ?? c.timeZone
        return c
    }()
    static let gregorian: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC") ?? c.timeZone
        return c
    }()

    /// The Gregorian day of a Hijri date. Without a year: the most recent one at or before the
    /// anchor (`news`), the one before the anchor's Hijri year's (`past`, `رمضان الماضي`), the
    /// first one after the anchor (`next`, `عيد الأضحى المقبل`) or the one of the anchor's Hijri
    /// year (`this`, `رمضان الجاري`).
    static func gregorian(day: Int, month: Int, year: Int?, anchor: CivilDay?, direction: String = "news") -> String? {
        func convert(_ y: Int) -> CivilDay? {
            guard let date = islamic.date(from: DateComponents(year: y, month: month, day: day)) else { return nil }
            let g = gregorian.dateComponents([.year, .month, .day], from: date)
            guard let gy = g.year, let gm = g.month, let gd = g.day else { return nil }
            // Foundation rolls 30 Shawwal over into the next month when the month has 29 days.
            let back = islamic.dateComponents([.month], from: date)
            guard back.month == month else { return nil }
            return CivilDay(gy, gm, gd)
        }
        if let year { return convert(year)?.iso }
        guard let anchor,
              let anchorDate = gregorian.date(from: DateComponents(year: anchor.year, month: anchor.month, day: anchor.day)),
              let hy = islamic.dateComponents([.year], from: anchorDate).year
        else { return "XXXX-XX-XX" }
        switch direction {
        case "this": return convert(hy)?.iso
        case "next":
            if let g = convert(hy), g > anchor { return g.iso }
            return convert(hy + 1)?.iso
        case "past":
            if let g = convert(hy), g < anchor { return g.iso }
            return convert(hy - 1)?.iso
        default:
            if let g = convert(hy), g <= anchor { return g.iso }
            return convert(hy - 1)?.iso
        }
    }
}
