/// What a search shows of one hit, worked out from one pass of the tokenizer over each column:
/// the body's snippet with its matches marked (or the title's, when only the title matches),
/// where the snippet's first match lies in the body, and the matched forms of both columns.
///
/// It gives what FTS5's `snippet(articleText, 1, …)` and `highlight()` of each column give, to
/// the byte: the same window, the same marks and ellipses (`HitTextTests` compares them on a
/// generated corpus). Those functions run the tokenizer over the body once to find sentences,
/// once more to mark the snippet, and `highlight()` a third time; with the title highlighted
/// as well they were most of a search's work for a word in a few thousand reports. Here each
/// column is split into tokens once, and only as far as the last match needs.
///
/// The snippet is a window of `tokens` tokens. Each match proposes two windows: one around it
/// and the matches that follow it closely, and, in a body longer than the window, one that
/// starts at the beginning of its sentence. A window scores 1,000 for each phrase of the query
/// it holds and 1 for each repeat; a window starting a sentence gains 100 (120 for the first),
/// so a snippet that holds as much starts cleanly. The best score wins, the first on a tie.
struct HitText {
    /// One match of one phrase of the query, as FTS5's `xInst` gives it (in column and offset
    /// order).
    struct Instance: Equatable {
        var phrase: Int
        var column: Int
        /// In tokens from the start of the column.
        var offset: Int
    }

    /// Tokens `first` to `last` of a column, marked together. Not a `ClosedRange<Int>`: the
    /// first array of those a process makes costs a scan of every protocol conformance in the
    /// binary (0.38 million instructions), for its `Comparable` bound.
    struct Run {
        var first: Int
        var last: Int
    }

    /// A column's text and where its first tokens lie in it.
    struct Column {
        var text: UnsafeBufferPointer<UInt8>
        /// Byte offsets of each token, in order; possibly only the first ones.
        var starts: [Int] = []
        var ends: [Int] = []
        /// The offsets of the tokens that start a sentence: the first, and any after a full
        /// stop or colon followed by white space.
        var sentences: [Int] = []
        /// The column's length in tokens (all of them, not only those in `starts`).
        var size: Int

        init(text: UnsafeBufferPointer<UInt8>, size: Int) {
            self.text = text
            self.size = size
        }

        /// Adds the next token, at bytes `start..<end`.
        mutating func append(start: Int, end: Int) {
            if starts.isEmpty || startsSentence(at: start) { sentences.append(starts.count) }
            starts.append(start)
            ends.append(end)
        }

        private func startsSentence(at start: Int) -> Bool {
            var i = start - 1
            while i >= 0, text[i] == 0x20 || text[i] == 0x09 || text[i] == 0x0A || text[i] == 0x0D { i -= 1 }
            return i >= 0 && i != start - 1 && (text[i] == UInt8(ascii: ".") || text[i] == UInt8(ascii: ":"))
        }

        func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: text[max(0, range.lowerBound)..<min(text.count, max(range.lowerBound, range.upperBound))])
        }
    }

    static let open: UInt8 = SnippetText.open
    static let close: UInt8 = SnippetText.close

    let instances: [Instance]
    /// The number of tokens of each phrase.
    let phraseSizes: [Int]

    /// How many tokens of column `column` the text needs: up to the end of any window a match
    /// can propose, past the column's last match.
    func tokensNeeded(column: Int, window: Int) -> Int {
        let last = instances.filter { $0.column == column }.map { $0.offset + phraseSizes[$0.phrase] }.max() ?? 0
        return last + window + 1
    }

    /// The runs of marked tokens in `column`: each match's tokens, overlapping matches joined.
    func marked(column: Int) -> [Run] {
        var runs: [Run] = []
        for instance in instances where instance.column == column {
            let end = max(instance.offset, instance.offset + phraseSizes[instance.phrase] - 1)
            if let last = runs.last, instance.offset <= last.last {
                runs[runs.count - 1].last = max(last.last, end)
            } else {
                runs.append(Run(first: instance.offset, last: end))
            }
        }
        return runs
    }

    /// What a search shows of the hit whose title and body are `title` and `body` (columns 0
    /// and 1), each split at least as far as `tokensNeeded` says: the body's best window of
    /// `window` tokens, or the title with its marks when that window has no mark.
    func parts(title: Column, body: Column, window: Int, ellipsis: [UInt8]) -> Parts {
        let snippet = self.snippet(body, index: 1, from: windowStart(body, index: 1, window: window), window: window, ellipsis: ellipsis)
        var parts = Parts(snippet: snippet.text, firstMatch: nil, words: words(title, index: 0) + words(body, index: 1))
        if let mark = snippet.firstMark {
            parts.firstMatch = SnippetText.scalarCount(body.text[..<mark])
        } else {
            // A match in the title only: the title with its match rather than an unmarked lead.
            parts.snippet = highlighted(title, index: 0)
        }
        return parts
    }

    /// The whole text of `column` with its matches marked, as `highlight()` gives it.
    func highlighted(_ column: Column, index: Int) -> [UInt8] {
        var out: [UInt8] = []
        var from = 0
        for run in marked(column: index) where run.last < column.starts.count {
            out += column.bytes(from..<column.starts[run.first])
            out.append(Self.open)
            out += column.bytes(column.starts[run.first]..<column.ends[run.last])
            out.append(Self.close)
            from = column.ends[run.last]
        }
        out += column.bytes(from..<column.text.count)
        return out
    }

    /// The matched forms of `column` as written, in order, repeats included.
    func words(_ column: Column, index: Int) -> [String] {
        marked(column: index).filter { $0.last < column.starts.count }.map {
            String(decoding: column.bytes(column.starts[$0.first]..<column.ends[$0.last]), as: UTF8.self)
        }
    }

    /// The first token of the best window of `window` tokens in `column`.
    func windowStart(_ column: Column, index: Int, window: Int) -> Int {
        let own = instances.filter { $0.column == index }
        var seen = [Bool](repeating: false, count: phraseSizes.count)
        var bestScore = 0, bestStart = 0
        for match in own {
            let (score, first, last) = self.score(own, from: match.offset, window: window, seen: &seen)
            var start = first - (window - (last - first)) / 2
            if start + window > column.size { start = column.size - window }
            start = max(0, start)
            if score > bestScore { (bestScore, bestStart) = (score, start) }
            guard column.size > window, let sentence = column.sentences.last(where: { $0 <= match.offset }),
                  sentence < match.offset else { continue }
            let bonus = self.score(own, from: sentence, window: window, seen: &seen).score + (sentence == 0 ? 120 : 100)
            if bonus > bestScore { (bestScore, bestStart) = (bonus, sentence) }
        }
        return bestStart
    }

    /// The score of the window of `window` tokens from `start`, and where its first match
    /// starts and its last ends; `seen` is scratch space, one flag per phrase.
    private func score(_ own: [Instance], from start: Int, window: Int, seen: inout [Bool]) -> (score: Int, first: Int, last: Int) {
        for i in seen.indices { seen[i] = false }
        var score = 0, first = -1, last = 0
        for match in own where match.offset >= start && match.offset < start + window {
            score += seen[match.phrase] ? 1 : 1_000
            seen[match.phrase] = true
            if first < 0 { first = match.offset }
            last = match.offset + phraseSizes[match.phrase]
        }
        return (score, first, last)
    }

    /// The window of `window` tokens from `start` with its matches marked, an ellipsis where
    /// it cuts the text, and the byte offset of its first mark in the column.
    func snippet(_ column: Column, index: Int, from start: Int, window: Int, ellipsis: [UInt8]) -> (text: [UInt8], firstMark: Int?) {
        let end = start + window - 1
        var out: [UInt8] = start > 0 ? ellipsis : []
        var firstMark: Int?
        // Runs starting before the window are left unmarked, as `snippet()` leaves them.
        var runs = marked(column: index).filter { $0.first >= start }[...]
        var from = 0
        var position = start
        while position <= end, position < column.starts.count {
            let (tokenStart, tokenEnd) = (column.starts[position], column.ends[position])
            if start > 0, position == start { from = tokenStart }
            if let run = runs.first, position == run.first {
                out += column.bytes(from..<tokenStart)
                out.append(Self.open)
                if firstMark == nil { firstMark = tokenStart }
                from = tokenStart
            }
            if let run = runs.first, position == run.last {
                out += column.bytes(from..<tokenEnd)
                out.append(Self.close)
                from = tokenEnd
                runs = runs.dropFirst()
            }
            if position == end {
                out += column.bytes(from..<tokenEnd)
                from = tokenEnd
                if let run = runs.first, position >= run.first, position < run.last { out.append(Self.close) }
            }
            position += 1
        }
        out += end >= column.size - 1 ? Array(column.bytes(from..<column.text.count)) : ellipsis
        return (out, firstMark)
    }
}
