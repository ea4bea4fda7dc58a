/// A JSON document with object keys kept in the order they were written.
///
/// Byline's `--json` outputs promise a key order that reads like the documentation, which
/// `JSONEncoder` cannot give; this small value type and its writer can.
///
///     let doc: JSONValue = .object([("name", .string("Tokayev")), ("mentions", .int(3))])
///     doc.serialized()   // {"name":"Tokayev","mentions":3}
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// A string, or `null` when the optional is empty.
    public static func optional(_ s: String?) -> JSONValue {
        s.map(JSONValue.string) ?? .null
    }
}
