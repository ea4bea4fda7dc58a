/// Everything visited, in order, and which one or two of them the screen shows.
///
/// Like a browser's history with a split: the screen shows two neighbouring views, `left` and
/// the one after it, and the focus is on one of them. Opening something from the focused view
/// drops the views after it and shows the new one beside it; back and forward move along the
/// list and restore each view as it was left, scroll position included.
public struct Trail: Sendable {
    public private(set) var views: [View]
    /// The first of the (up to) two views shown.
    public private(set) var left = 0
    /// Whether the focus is on the second view shown.
    public private(set) var focusOnSecond = false

    public init(root: View) {
        views = [root]
    }

    /// The focused view's index.
    public var current: Int { left + (focusOnSecond ? 1 : 0) }

    /// The indices shown: `left` and, if it exists, the one after.
    public var shown: [Int] { left + 1 < views.count ? [left, left + 1] : [left] }

    public subscript(i: Int) -> View {
        get { views[i] }
        set { views[i] = newValue }
    }

    public var focused: View {
        get { views[current] }
        set { views[current] = newValue }
    }

    /// Shows `view` next to the view at `index`, dropping whatever came after `index`.
    public mutating func open(_ view: View, from index: Int, focus: Bool = true) {
        views.removeSubrange((index + 1)...)
        views.append(view)
        left = index
        focusOnSecond = focus
    }

    /// Replaces the view after `index` (the preview of its selection) without moving the focus.
    public mutating func setPreview(_ view: View, after index: Int) {
        views.removeSubrange((index + 1)...)
        views.append(view)
    }

    /// Replaces the view at `index` in place, dropping the views after it.
    public mutating func replace(at index: Int, with view: View) {
        views.removeSubrange((index + 1)...)
        views[index] = view
        show(index)
    }

    /// Focuses view `index`, showing it beside its neighbour: a list beside the report it
    /// previews, anything else beside the view it was opened from.
    public mutating func show(_ index: Int) {
        let i = min(max(0, index), views.count - 1)
        if views[i].previewsSelection && i + 1 < views.count || i == 0 {
            left = i
            focusOnSecond = false
        } else {
            left = i - 1
            focusOnSecond = true
        }
    }

    /// Goes back one place; false at the start.
    ///
    /// A step that would only move the focus between the two panes on screen (from a report
    /// to the list or search results beside it) is not a place: back goes on to the view
    /// before, so one `q` leads from a search result to the list it was searched from.
    public mutating func back() -> Bool {
        guard current > 0 else { return false }
        let before = shown
        show(current - 1)
        if shown == before, current > 0 { show(current - 1) }
        return true
    }

    /// Goes forward one place (focus-only steps skipped, as for `back`); false at the end.
    public mutating func forward() -> Bool {
        guard current + 1 < views.count else { return false }
        let before = shown
        show(current + 1)
        if shown == before, current + 1 < views.count { show(current + 1) }
        return true
    }

    /// Moves the focus to the first or second view shown.
    public mutating func focus(second: Bool) {
        focusOnSecond = second && left + 1 < views.count
    }
}
