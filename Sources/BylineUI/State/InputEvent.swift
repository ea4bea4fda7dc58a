/// An input the UI reacts to, whatever terminal it came from.
public enum InputEvent: Sendable, Equatable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal now has this size.
    case resize(width: Int, height: Int)
    /// Time passed (a debounced search may be due).
    case tick
}

/// A mouse report, in screen cells.
public struct MouseEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case click, doubleClick, wheelUp, wheelDown }
    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}
