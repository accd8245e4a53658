/// The TimeML (TIMEX3) type of a temporal expression.
public enum TimexType: String, Codable, Sendable, Hashable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}
