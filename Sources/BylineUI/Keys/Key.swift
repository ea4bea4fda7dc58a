/// One key press as the UI sees it, independent of the terminal library.
public enum Key: Sendable, Hashable, CustomStringConvertible {
    /// A printable character (including space).
    case char(Character)
    /// Ctrl and a letter, stored lower-case (`ctrl("o")` is Ctrl-O).
    case ctrl(Character)
    case function(Int)
    case enter, tab, backTab, backspace, escape, delete
    case up, down, left, right, pageUp, pageDown, home, end

    /// Named keys in the notation used by the config file and the help screen.
    static let names: [(String, Key)] = [
        ("Enter", .enter), ("Tab", .tab), ("Shift-Tab", .backTab), ("Backspace", .backspace),
        ("Esc", .escape), ("Delete", .delete), ("Up", .up), ("Down", .down), ("Left", .left),
        ("Right", .right), ("PgUp", .pageUp), ("PgDn", .pageDown), ("Home", .home), ("End", .end),
        ("Space", .char(" ")),
    ]

    /// `j`, `Ctrl-O`, `Enter`, `F6`, `Space`.
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .function(let n): return "F\(n)"
        default: return Key.names.first { $0.1 == self }?.0 ?? "?"
        }
    }

    /// Reads one key in config notation (`j`, `Ctrl-O`, `C-o`, `^O`, `Enter`, `F6`); nil if it is
    /// not a key name.
    public init?(notation: String) {
        if notation.count == 1, let c = notation.first {
            self = .char(c)
            return
        }
        let lower = notation.lowercased()
        for (name, key) in Key.names where name.lowercased() == lower {
            self = key
            return
        }
        switch lower {
        case "return", "cr": self = .enter; return
        case "escape": self = .escape; return
        case "pagedown", "pgdown": self = .pageDown; return
        case "pageup": self = .pageUp; return
        case "backtab", "s-tab": self = .backTab; return
        case "bs": self = .backspace; return
        default: break
        }
        for prefix in ["ctrl-", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, c.isLetter || "[]\\^_".contains(c) else { return nil }
            self = Key.control(c)
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
            self = .function(n)
            return
        }
        return nil
    }

    /// The key for Ctrl and `c`, folding the ones terminals send as named keys (Ctrl-I is Tab,
    /// Ctrl-M is Enter, Ctrl-H is Backspace on many terminals, Ctrl-[ is Esc).
    public static func control(_ c: Character) -> Key {
        switch c {
        case "i": return .tab
        case "m", "j": return .enter
        case "[": return .escape
        default: return .ctrl(c)
        }
    }
}

/// One or more keys pressed in order (`]p`, `Ctrl-W h`).
public struct KeySequence: Sendable, Hashable, CustomStringConvertible {
    public var keys: [Key]

    public init(_ keys: [Key]) { self.keys = keys }
    public init(_ key: Key) { keys = [key] }

    /// `]p`, `Ctrl-W h`, `g`.
    public var description: String {
        var out = ""
        for (i, key) in keys.enumerated() {
            if i > 0, !(isPlain(keys[i - 1]) && isPlain(key)) { out += " " }
            out += key.description
        }
        return out
    }

    private func isPlain(_ key: Key) -> Bool {
        if case .char(let c) = key { return c != " " }
        return false
    }

    /// Reads config notation: keys separated by spaces, where a run of plain characters is one
    /// key per character (`]p`) unless it names a key (`Enter`, `F6`, `Ctrl-W`).
    public init?(notation: String) {
        var keys: [Key] = []
        for token in notation.split(separator: " ") {
            let t = String(token)
            if let key = Key(notation: t) {
                keys.append(key)
            } else if t.count <= 3, !t.contains("-"), !(t.first == "F" && t.dropFirst().allSatisfy(\.isNumber)) {
                keys.append(contentsOf: t.map { Key.char($0) })
            } else {
                return nil
            }
        }
        guard !keys.isEmpty else { return nil }
        self.keys = keys
    }
}
