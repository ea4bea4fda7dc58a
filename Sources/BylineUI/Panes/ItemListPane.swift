/// Draws a list whose items take one or more rows each, from `cursor.top`, with the selected
/// item highlighted.
enum ItemListPane {
    static func draw(_ items: RenderedItems, cursor: ListCursor, in rect: Rect, focused: Bool, theme: Theme, into grid: inout ScreenGrid,
                     selectable: (Int) -> Bool = { _ in true }) {
        var y = rect.y
        var i = cursor.top
        while y < rect.maxY, i < items.items.count {
            for line in items.items[i] {
                guard y < rect.maxY else { break }
                PaneFrame.drawRow(line, at: y, in: rect, selected: i == cursor.selected && selectable(i), focused: focused, theme: theme, into: &grid)
                y += 1
            }
            i += 1
        }
    }
}
