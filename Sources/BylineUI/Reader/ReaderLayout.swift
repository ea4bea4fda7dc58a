/// A place in a `ReaderDocument` that survives re-wrapping: a logical line and a cluster in it.
public struct DocPosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var cluster: Int

    public init(line: Int, cluster: Int) {
        self.line = line
        self.cluster = cluster
    }

    public static func < (a: DocPosition, b: DocPosition) -> Bool { (a.line, a.cluster) < (b.line, b.cluster) }
}

/// A `ReaderDocument` wrapped to one width: the display rows and where each came from.
public struct ReaderLayout: Sendable {
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var clusters: Range<Int>
        /// Whether this row starts its logical line (and takes the first prefix).
        public var isFirst: Bool
    }

    public let width: Int
    public private(set) var rows: [Row] = []
    /// Index of the first row of each logical line.
    public private(set) var firstRow: [Int] = []

    public init(document: ReaderDocument, width: Int) {
        self.width = width
        rows.reserveCapacity(document.lines.count * 2)
        for (i, line) in document.lines.enumerated() {
            firstRow.append(rows.count)
            let prefixWidth = max(line.firstPrefix.count, line.prefix.count)
            for (n, range) in line.text.wrap(width: max(1, width - prefixWidth)).enumerated() {
                rows.append(Row(line: i, clusters: range, isFirst: n == 0))
            }
        }
    }

    /// The row showing `position`.
    public func row(for position: DocPosition) -> Int {
        guard !rows.isEmpty else { return 0 }
        let line = min(max(0, position.line), firstRow.count - 1)
        var r = firstRow[line]
        while r + 1 < rows.count, rows[r + 1].line == line, rows[r + 1].clusters.lowerBound <= position.cluster { r += 1 }
        return r
    }

    /// The position at the start of `row`.
    public func position(ofRow row: Int) -> DocPosition {
        guard !rows.isEmpty else { return DocPosition(line: 0, cluster: 0) }
        let r = rows[min(max(0, row), rows.count - 1)]
        return DocPosition(line: r.line, cluster: r.isFirst ? 0 : r.clusters.lowerBound)
    }
}
