import BylineCore

/// One terminal cell: a grapheme cluster and its style.
///
/// A wide cluster (CJK, most emoji) fills its cell and the cell to its right; that second cell
/// is a continuation (`width == 0`) that draws nothing of its own.
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var style: Style
    /// 1 for a normal cell, 2 for the first half of a wide cluster, 0 for its second half.
    public var width: UInt8

    public init(_ character: Character = " ", style: Style = .plain, width: UInt8 = 1) {
        self.character = character
        self.style = style
        self.width = width
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}

/// The screen as the UI draws it: a grid of styled cells measured in display columns.
///
/// Panes write into it and tests read it back as text; a `TerminalBackend` copies it to the real
/// terminal. Text is clipped on grapheme-cluster boundaries, a wide cluster that would not fit
/// at the right edge leaves a blank instead of half a glyph, and control characters are drawn
/// as visible placeholders (see `VisibleText`) even if a caller forgot to clean them.
public struct ScreenGrid: Sendable, Equatable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should be shown, or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX >= 0 ? (cursorX, cursorY) : nil }
        set { cursorX = newValue?.x ?? -1; cursorY = newValue?.y ?? -1 }
    }
    private var cursorX = -1
    private var cursorY = -1
    /// The cells that show a web address, for terminals that take OSC 8 links (`Hyperlinks`):
    /// recorded by `put(_:x:y:limit:)` for runs that carry a link, dropped when cells under them
    /// are filled again.
    public private(set) var hyperlinks: [Hyperlink] = []

    /// A row of cells that shows `url`.
    public struct Hyperlink: Sendable, Equatable {
        public var url: String
        public var x: Int
        public var y: Int
        public var width: Int
    }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Fills `rect` (clipped to the grid) with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        let blank = Cell(" ", style: style)
        if !hyperlinks.isEmpty {
            hyperlinks.removeAll { $0.y >= r.y && $0.y < r.maxY && $0.x < r.maxX && $0.x + $0.width > r.x }
        }
        for y in r.y..<r.maxY {
            clearHalves(x: r.x, y: y)
            clearHalves(x: r.maxX - 1, y: y)
            for x in r.x..<r.maxX { cells[y * width + x] = blank }
        }
    }

    /// Applies `change` to the style of every cell in `rect` (used for selection bars).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { change(&cells[y * width + x].style) }
        }
    }

    /// Writes `text` from column `x` on row `y`, never past column `limit` (default: the right
    /// edge). Returns the column after the last cell written.
    @discardableResult
    public mutating func put<S: StringProtocol>(_ text: S, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height else { return x }
        var col = x
        for character in text {
            if col >= end { break }
            let safe = Self.safe(character)
            let w = DisplayWidth.of(safe)
            if w == 0 { continue }
            if col < 0 { col += w; continue }
            if col + w > end {
                set(Cell(" ", style: style), x: col, y: y)
                col = end
                break
            }
            set(Cell(safe, style: style, width: UInt8(w)), x: col, y: y)
            if w == 2 { set(Cell(" ", style: style, width: 0), x: col + 1, y: y) }
            col += w
        }
        return col
    }

    /// Writes styled runs one after another; returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ line: StyledLine, x: Int, y: Int, limit: Int? = nil) -> Int {
        var col = x
        for run in line.runs {
            let start = col
            col = put(run.text, x: col, y: y, style: run.style, limit: limit)
            if let url = run.link, y >= 0, y < height {
                let from = max(0, start), to = min(col, width)
                if to > from { hyperlinks.append(Hyperlink(url: url, x: from, y: y, width: to - from)) }
            }
        }
        return col
    }

    /// The rows as text (continuation cells skipped), each padded to the full width.
    public var rows: [String] {
        (0..<height).map { row(at: $0) }
    }

    /// The screen as text, trailing blanks of each row removed, rows joined by newlines; the
    /// form screen tests compare with.
    public var text: String {
        rows.map { trimmed($0) }.joined(separator: "\n")
    }

    /// The text of `rect` only, trimmed like `text`.
    public func text(in rect: Rect) -> String {
        let r = rect.intersection(bounds)
        return (r.y..<r.maxY).map { y in
            var s = ""
            for x in r.x..<r.maxX where !self[x, y].isContinuation { s.append(self[x, y].character) }
            return trimmed(s)
        }.joined(separator: "\n")
    }

    /// A picture of which cells satisfy `test`: `^` under those cells, blanks elsewhere (wide
    /// clusters count as two columns), trailing blanks trimmed.
    public func marks(where test: (Style) -> Bool) -> String {
        (0..<height).map { y in
            trimmed(String((0..<width).map { test(self[$0, y].style) ? "^" : " " }))
        }.joined(separator: "\n")
    }

    private func row(at y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s.append(self[x, y].character) }
        return s
    }

    private func trimmed(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        clearHalves(x: x, y: y)
        if cell.width == 2, x + 1 < width { clearHalves(x: x + 1, y: y) }
        cells[y * width + x] = cell
    }

    /// Before a cell is overwritten, blanks the other half of a wide cluster it belongs to.
    private mutating func clearHalves(x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        if cells[i].isContinuation, x > 0 {
            cells[i - 1] = Cell(" ", style: cells[i - 1].style)
        } else if cells[i].width == 2, x + 1 < width {
            cells[i + 1] = Cell(" ", style: cells[i + 1].style)
        }
    }

    private static func safe(_ c: Character) -> Character {
        if let a = c.asciiValue, a >= 0x20, a != 0x7F { return c }
        guard c.unicodeScalars.contains(where: { VisibleText.isUnsafe($0) }) else { return c }
        return VisibleText.make(String(c)).first ?? "\u{FFFD}"
    }

    public static func == (a: ScreenGrid, b: ScreenGrid) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorX == b.cursorX && a.cursorY == b.cursorY
            && a.hyperlinks == b.hyperlinks
    }
}
