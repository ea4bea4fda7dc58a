/// A logical line of text split into grapheme clusters with their display widths and Unicode
/// scalar offsets, ready to be wrapped to any width.
///
/// Scalar offsets are how the model addresses text (entity mentions, search matches); clusters
/// are what the terminal draws. This type maps between the two.
public struct TextLine: Sendable, Equatable {
    public private(set) var clusters: [Character] = []
    public private(set) var widths: [UInt8] = []
    /// The scalar offset where each cluster starts, plus the total scalar count at the end.
    public private(set) var scalarStarts: [Int] = []

    /// Prepares `text`, which must already be safe to show (see `VisibleText`).
    public init(_ text: String) {
        clusters.reserveCapacity(text.utf8.count)
        var offset = 0
        for c in text {
            clusters.append(c)
            widths.append(UInt8(DisplayWidth.of(c)))
            scalarStarts.append(offset)
            offset += c.unicodeScalars.count
        }
        scalarStarts.append(offset)
    }

    public var count: Int { clusters.count }
    public var scalarCount: Int { scalarStarts.last ?? 0 }

    /// The index of the cluster holding scalar `offset` (clamped to the line).
    public func cluster(atScalar offset: Int) -> Int {
        guard !clusters.isEmpty else { return 0 }
        if offset <= 0 { return 0 }
        if offset >= scalarCount { return clusters.count }
        var lo = 0, hi = clusters.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if scalarStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The clusters covering scalars `range`.
    public func clusters(forScalars range: Range<Int>) -> Range<Int> {
        let start = cluster(atScalar: range.lowerBound)
        let end = range.upperBound <= range.lowerBound ? start : min(clusters.count, cluster(atScalar: range.upperBound - 1) + 1)
        return start..<max(start, end)
    }

    /// The text of clusters `range`.
    public func text(_ range: Range<Int>) -> String {
        String(clusters[range.clamped(to: 0..<clusters.count)])
    }

    /// Display width of clusters `range`.
    public func width(_ range: Range<Int>) -> Int {
        var w = 0
        for i in range.clamped(to: 0..<clusters.count) { w += Int(widths[i]) }
        return w
    }

    /// Splits the line into display lines of at most `width` cells (cluster ranges), breaking
    /// after spaces, after a hyphen or dash inside a word, and around wide (CJK) characters; a
    /// word longer than the width is cut. Spaces at a break are dropped; an empty line gives
    /// one empty range.
    ///
    /// - Parameter wholeWebAddresses: a web address longer than the width starts a line and runs
    ///   past it, so a terminal can click and copy it whole (for text printed to a terminal); a
    ///   pane, which cannot show more than its width, leaves this off and cuts it.
    public func wrap(width: Int, wholeWebAddresses: Bool = false) -> [Range<Int>] {
        let n = clusters.count
        let urls = webAddresses()
        let limit = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0
        while start < n {
            if !lines.isEmpty {
                while start < n, isSpace(start) { start += 1 }
                if start == n { break }
            }
            var col = 0, i = start, lastBreak = -1
            while i < n {
                let w = Int(widths[i])
                if col + w > limit { break }
                if i > start, canBreak(before: i), !(i == start + 1 && Self.breakAfter.contains(clusters[start])),
                   !urls.contains(where: { $0.lowerBound < i && i < $0.upperBound }) { lastBreak = i }
                col += w
                i += 1
            }
            if i == n {
                lines.append(start..<trimEnd(start, n))
                break
            }
            var end: Int
            if wholeWebAddresses, let url = urls.first(where: { $0.lowerBound == start }), url.upperBound > i {
                end = url.upperBound  // the whole address, past the width
            } else if i == start {
                end = start + 1  // not even one cluster fits: show it anyway, the grid clips it
            } else if isSpace(i) || (canBreak(before: i) && !urls.contains { $0.lowerBound < i && i < $0.upperBound }) {
                end = i
            } else if lastBreak > start {
                end = lastBreak
            } else {
                end = max(i, start + 1)
            }
            let trimmed = trimEnd(start, end)
            lines.append(start..<(trimmed > start ? trimmed : end))
            start = end
        }
        return lines.isEmpty ? [0..<0] : lines
    }

    private func isSpace(_ i: Int) -> Bool { clusters[i] == " " }

    /// The clusters of each web address (`https://…`, `www.…`): a line never breaks inside
    /// one at a slash or hyphen. One longer than the whole width is cut at the width, as the
    /// pane cannot show more.
    private func webAddresses() -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        let n = clusters.count
        while i < n {
            if isSpace(i) { i += 1; continue }
            var end = i
            while end < n, !isSpace(end) { end += 1 }
            if end - i > 4, TextWrapper.isWebAddress(String(clusters[i..<min(end, i + 9)])) { out.append(i..<end) }
            i = end
        }
        return out
    }

    private func trimEnd(_ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start, isSpace(e - 1) { e -= 1 }
        return e
    }

    private func canBreak(before i: Int) -> Bool {
        guard i > 0 else { return false }
        let prev = clusters[i - 1]
        if prev == " " { return !isSpace(i) }
        if Self.noBreakAfter.contains(prev) { return false }  // `(渡`: an opening bracket never ends a line
        if widths[i] == 2 || widths[i - 1] == 2 { return !isSpace(i) && !Self.noBreakBefore.contains(clusters[i]) }
        if Self.breakAfter.contains(prev), i >= 2, clusters[i - 2] != " ", !isSpace(i) { return true }  // inside a word
        return false
    }

    private static let breakAfter: Set<Character> = ["-", "‐", "–", "—", "/"]
    /// Opening brackets and quotes that must stay with the character after them.
    private static let noBreakAfter: Set<Character> = ["(", "[", "“", "‘", "\"", "「", "『", "（", "《"]
    /// Closing punctuation that must stay with the character before it.
    private static let noBreakBefore: Set<Character> = ["、", "。", "，", "」", "』", "）", "！", "？", ",", ".", ")", "”", "’"]
}
