import EventGraphModel
import Foundation

/// JSON text with keys in the order the contracts give them.
enum JSONText {
    /// A JSON string literal for any text (quotes, backslashes, control characters escaped).
    static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    out += String(format: "\\u%04x", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// One `eventgraph dates` line: `{"start", "end", "text", "value", "grain", "type"}`.
    static func dateLine(_ e: TemporalExpression) -> String {
        "{\"start\": \(e.start), \"end\": \(e.end), \"text\": \(string(e.text)), \"value\": \(string(e.value)), "
            + "\"grain\": \(string(e.grain.rawValue)), \"type\": \(string(e.type.rawValue))}"
    }

    /// Pretty JSON of any encodable value, slashes and non-ASCII kept as they are.
    static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
