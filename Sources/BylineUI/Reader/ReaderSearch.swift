/// Search inside one report: what is looked for, every match, and the current one.
public struct ReaderSearch: Sendable, Equatable {
    public struct Match: Sendable, Equatable {
        public var line: Int
        public var clusters: Range<Int>
        public var position: DocPosition { DocPosition(line: line, cluster: clusters.lowerBound) }
    }

    /// What is looked for; a match of any term counts.
    public var terms: [String]
    public var matches: [Match]
    public var current: Int?

    /// Finds every match of `terms` (case and accents folded) in `document`, in reading order.
    public init(terms: [String], document: ReaderDocument, folded: [FoldedText]) {
        self.terms = terms.filter { !$0.isEmpty }
        var found: [Match] = []
        let needles = self.terms.map { FoldedText.fold($0) }.filter { !$0.isEmpty }
        if !needles.isEmpty {
            for (i, line) in document.lines.enumerated() where i < folded.count {
                var ranges: [Range<Int>] = []
                for n in needles { ranges += folded[i].ranges(of: n) }
                ranges.sort { $0.lowerBound < $1.lowerBound }
                var lastEnd = -1
                for r in ranges where r.lowerBound >= lastEnd {
                    found.append(Match(line: i, clusters: line.text.clusters(forScalars: r)))
                    lastEnd = r.upperBound
                }
            }
        }
        matches = found
        current = nil
    }

    /// The first match at or after `position` (wrapping to the first), or nil with no matches.
    public func firstMatch(from position: DocPosition) -> Int? {
        guard !matches.isEmpty else { return nil }
        return matches.firstIndex { $0.position >= position } ?? 0
    }

    /// `3/17`, or `0/0` when nothing matched.
    public var counter: String {
        "\(current.map { $0 + 1 } ?? 0)/\(matches.count)"
    }
}
