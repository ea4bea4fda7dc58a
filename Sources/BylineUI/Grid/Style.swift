/// A terminal colour: the terminal's own default, one of the 16 named colours, or an entry of
/// the 256-colour palette.
public enum Color: Sendable, Hashable {
    case `default`
    /// 0–7 are black, red, green, yellow, blue, magenta, cyan, white; 8–15 their bright forms.
    case named(Int)
    case indexed(Int)

    public static let black = Color.named(0), red = Color.named(1), green = Color.named(2), yellow = Color.named(3)
    public static let blue = Color.named(4), magenta = Color.named(5), cyan = Color.named(6), white = Color.named(7)

    /// The palette number a backend passes to the terminal, or nil for the default colour.
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .named(let n), .indexed(let n): return n
        }
    }

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Reads `red`, `bright-red`, `default`, `color123` or `123`.
    public init?(name: String) {
        let lower = name.lowercased()
        if lower == "default" || lower == "none" { self = .default; return }
        if let i = Color.names.firstIndex(of: lower) { self = .named(i); return }
        if lower.hasPrefix("bright-"), let i = Color.names.firstIndex(of: String(lower.dropFirst(7))) {
            self = .named(i + 8); return
        }
        let digits = lower.hasPrefix("color") ? String(lower.dropFirst(5)) : lower
        if let n = Int(digits), (0...255).contains(n) { self = .indexed(n); return }
        return nil
    }
}

/// How a cell is drawn. Attributes carry meaning on their own so that nothing is signalled by
/// colour alone; colours only add to them (and are dropped under NO_COLOR).
public struct Style: Sendable, Hashable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var dim: Bool
    public var italic: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false, dim: Bool = false,
                italic: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// This style with `other`'s attributes added and its colours, where set, taking over.
    public func merged(with other: Style) -> Style {
        Style(foreground: other.foreground == .default ? foreground : other.foreground,
              background: other.background == .default ? background : other.background,
              bold: bold || other.bold, dim: dim || other.dim, italic: italic || other.italic,
              underline: underline || other.underline, reverse: reverse || other.reverse)
    }

    /// The same attributes without any colour (what NO_COLOR shows).
    public var withoutColor: Style {
        var s = self
        s.foreground = .default
        s.background = .default
        return s
    }
}
