/// A strict JSON parser (RFC 8259) that says where a file goes wrong, by line and column.
///
/// Foundation's parsers on Linux only say "around character 1234", which does not help a
/// user find the stray comma in a 2,000-line scraper dump; this one says
/// `line 41, column 3: expected ',' or '}' after an object member, found ']'`.
struct JSONParser {
    /// Why text is not JSON; `description` is one line for the user.
    struct SyntaxError: Error, Equatable, CustomStringConvertible {
        var line: Int
        var column: Int
        var message: String
        var description: String { "line \(line), column \(column): \(message)" }
    }

    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    /// Nesting deeper than this is refused, so a hostile file cannot exhaust the stack.
    private static let maximumDepth = 512

    init(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
    }

    /// Parses text holding exactly one JSON value.
    static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(text)
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.position < parser.bytes.count {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the JSON value")
        }
        return value
    }

    // MARK: - Values

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        skipWhitespace()
        guard position < bytes.count else { throw error("the text ends where a value was expected") }
        switch bytes[position] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw error("nested more than \(Self.maximumDepth) levels deep") }
            return bytes[position] == UInt8(ascii: "{") ? try parseObject() : try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("expected a value, found \(describeCurrent())")
        }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONValue {
        position += 1
        var members: [(String, JSONValue)] = []
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { position += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else {
                throw error(members.isEmpty ? "expected a quoted member name, found \(describeCurrent())"
                                            : "expected a quoted member name after ',', found \(describeCurrent())")
            }
            let key = try parseString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after the member name \"\(key)\", found \(describeCurrent())") }
            position += 1
            members.append((key, try parseValue()))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            if peek(UInt8(ascii: "}")) { position += 1; return .object(members) }
            throw error("expected ',' or '}' after an object member, found \(describeCurrent())")
        }
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONValue {
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { position += 1; return .array(items) }
        while true {
            items.append(try parseValue())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            if peek(UInt8(ascii: "]")) { position += 1; return .array(items) }
            throw error("expected ',' or ']' after an array item, found \(describeCurrent())")
        }
    }

    // MARK: - Strings

    private mutating func parseString() throws(SyntaxError) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var runStart = position
        while true {
            guard position < bytes.count else { throw error("the text ends inside a string") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<position], as: UTF8.self).unicodeScalars)
                position += 1
                return String(scalars)
            }
            if byte < 0x20 {
                throw error(byte == 0x0A ? "a line break inside a string (write it as \\n)" : "a control character inside a string")
            }
            if byte == UInt8(ascii: "\\") {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<position], as: UTF8.self).unicodeScalars)
                scalars.append(try parseEscape())
                runStart = position
                continue
            }
            position += 1
        }
    }

    private mutating func parseEscape() throws(SyntaxError) -> Unicode.Scalar {
        position += 1
        guard position < bytes.count else { throw error("the text ends inside a string") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try parseHexUnit()
            if (0xD800...0xDBFF).contains(unit), bytes[position...].starts(with: Array("\\u".utf8)) {
                let save = position
                position += 2
                let low = try parseHexUnit()
                if (0xDC00...0xDFFF).contains(low) {
                    return Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)) ?? "\u{FFFD}"
                }
                position = save
            }
            return Unicode.Scalar(UInt32(unit)) ?? "\u{FFFD}"  // a lone surrogate
        default:
            position -= 1
            throw error("unknown escape \\\(describeCurrent(quoted: false)) in a string")
        }
    }

    private mutating func parseHexUnit() throws(SyntaxError) -> UInt16 {
        guard position + 4 <= bytes.count,
              let unit = UInt16(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16) else {
            throw error("expected four hexadecimal digits after \\u")
        }
        position += 4
        return unit
    }

    // MARK: - Numbers and words

    /// An integer when written without a fraction or exponent and within `Int`'s range, so ids
    /// and years read back as written; otherwise a double.
    private mutating func parseNumber() throws(SyntaxError) -> JSONValue {
        let start = position
        var isInteger = true
        if peek(UInt8(ascii: "-")) { position += 1 }
        if peek(UInt8(ascii: "0")) {
            position += 1  // JSON numbers have no leading zeros: `01` is `0` followed by junk
        } else {
            guard try digits() > 0 else { throw error("expected a digit, found \(describeCurrent())") }
        }
        if peek(UInt8(ascii: ".")) {
            isInteger = false
            position += 1
            guard try digits() > 0 else { throw error("expected a digit after the decimal point, found \(describeCurrent())") }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            isInteger = false
            position += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
            guard try digits() > 0 else { throw error("expected a digit in the exponent, found \(describeCurrent())") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger, let value = Int(text) { return .int(value) }
        guard let value = Double(text), value.isFinite else { throw error("the number \(text) is too large") }
        return .double(value)
    }

    private mutating func digits() throws(SyntaxError) -> Int {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        return position - start
    }

    private mutating func expectWord(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        guard bytes[position...].starts(with: expected) else { throw error("expected a value, found \(describeCurrent())") }
        position += expected.count
    }

    // MARK: - Position and messages

    private func peek(_ byte: UInt8) -> Bool {
        position < bytes.count && bytes[position] == byte
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D: position += 1
            case 0x0A:
                position += 1
                line += 1
                lineStart = position
            default: return
            }
        }
    }

    /// `'}'`, `the end of the text`, `'é'`: what the parser found where it stopped.
    private func describeCurrent(quoted: Bool = true) -> String {
        guard position < bytes.count else { return "the end of the text" }
        var end = position + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let character = String(decoding: bytes[position..<end], as: UTF8.self)
        return quoted ? "'\(character)'" : character
    }

    /// An error at the current position; columns count characters (Unicode scalars) from 1.
    private func error(_ message: String) -> SyntaxError {
        let column = bytes[lineStart..<min(position, bytes.count)].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return SyntaxError(line: line, column: column, message: message)
    }
}
