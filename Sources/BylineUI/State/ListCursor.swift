/// The selected row of a list and the first row shown.
public struct ListCursor: Sendable, Equatable {
    public var selected: Int = 0
    /// The first item shown at the top of the pane.
    public var top: Int = 0
    /// Rows the pane showed when last drawn (for paging).
    public var viewHeight: Int = 1

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Keeps the selection within `count` items.
    public mutating func clamp(count: Int) {
        selected = count == 0 ? 0 : min(max(0, selected), count - 1)
        top = count == 0 ? 0 : min(max(0, top), count - 1)
    }

    /// Moves the selection so that it and the items above it within `viewHeight` rows show;
    /// `height` gives each item's rows.
    public mutating func reveal(viewHeight: Int, count: Int, height: (Int) -> Int) {
        clamp(count: count)
        guard count > 0 else { return }
        if selected < top { top = selected; return }
        var used = 0
        for i in top...selected { used += max(1, height(i)) }
        while used > max(1, viewHeight), top < selected {
            used -= max(1, height(top))
            top += 1
        }
        // Fill the pane: do not leave blank rows at the bottom when earlier items would fit.
        var below = 0
        var i = top
        while i < count, below < viewHeight { below += max(1, height(i)); i += 1 }
        while top > 0, below + max(1, height(top - 1)) <= viewHeight {
            top -= 1
            below += max(1, height(top))
        }
    }
}
