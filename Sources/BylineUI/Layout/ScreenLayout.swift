/// Where each shown view goes on the screen, decided from the terminal size alone:
/// side by side on wide terminals, stacked on narrower ones, one pane below 60 columns or when
/// maximised, and a one-line "too small" message below the minimum.
public struct ScreenLayout: Sendable, Equatable {
    public enum Arrangement: Sendable, Equatable { case single, sideBySide, stacked }

    /// One pane: its title row and content below it.
    public struct Pane: Sendable, Equatable {
        /// Index into the trail.
        public var index: Int
        public var frame: Rect
        public var focused: Bool
        public var title: Rect { frame.splitTop(1).top }
        public var content: Rect { frame.splitTop(1).rest }
    }

    public static let minimumWidth = 20
    public static let minimumHeight = 5
    /// Below this width one pane shows at a time.
    public static let splitWidth = 60
    /// From this width panes stand side by side.
    public static let sideBySideWidth = 110

    public var arrangement: Arrangement
    public var panes: [Pane]
    /// The column between side-by-side panes.
    public var separator: Rect?
    /// The bottom row: status line or command line.
    public var status: Rect
    /// Set when the terminal is below the minimum size.
    public var tooSmall: Bool

    /// - Parameter readingWidth: the widest a reader beside a list wraps its text (0: no limit);
    ///   the columns it would leave empty go to the list.
    public init(width: Int, height: Int, trail: Trail, maximised: Bool, readingWidth: Int = 0) {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        tooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        let (body, status) = screen.splitBottom(1)
        self.status = status
        separator = nil
        panes = []
        arrangement = .single
        guard !tooSmall else { return }
        let shown = trail.shown
        if shown.count == 1 || maximised || width < Self.splitWidth || height < 10 {
            panes = [Pane(index: trail.current, frame: body, focused: true)]
            return
        }
        let first = shown[0], second = shown[1]
        if width >= Self.sideBySideWidth {
            arrangement = .sideBySide
            let listLike = PaneKind.lists.contains(trail[first].kind)
            var leftWidth = listLike ? min(max(width * 2 / 5, 40), 72) : (width - 1) / 2
            if listLike, readingWidth > 0, trail[second].kind == .reader {
                leftWidth = max(leftWidth, width - 1 - readingWidth)
            }
            let (left, rest) = body.splitLeft(leftWidth)
            let (sep, right) = rest.splitLeft(1)
            separator = sep
            panes = [Pane(index: first, frame: left, focused: !trail.focusOnSecond),
                     Pane(index: second, frame: right, focused: trail.focusOnSecond)]
        } else {
            arrangement = .stacked
            let topHeight = max(4, body.height * 3 / 8)
            let (top, bottom) = body.splitTop(topHeight)
            panes = [Pane(index: first, frame: top, focused: !trail.focusOnSecond),
                     Pane(index: second, frame: bottom, focused: trail.focusOnSecond)]
        }
    }

    /// The pane at a screen cell.
    public func pane(atX x: Int, y: Int) -> Pane? {
        panes.first { $0.frame.contains(x: x, y: y) }
    }

    /// "terminal too small (need 20×5)"
    public static var tooSmallMessage: String { "terminal too small (need \(minimumWidth)×\(minimumHeight))" }
}
