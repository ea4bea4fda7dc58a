/// The rows of a list whose items wrap to several lines, drawn for one width.
public struct RenderedItems: Sendable {
    public var width: Int
    public var items: [[StyledLine]]

    public init(width: Int, items: [[StyledLine]]) {
        self.width = width
        self.items = items
    }

    public func height(_ i: Int) -> Int { items.indices.contains(i) ? max(1, items[i].count) : 1 }
}
