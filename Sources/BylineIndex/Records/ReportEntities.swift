/// The entities of one report with the sentences naming each, packed into one blob per report
/// (`reportEntities.entities`), for connections: who is named in the same report or sentence.
///
/// An entity page's connections need every entity of every report naming the entity: 20,000
/// reports of about fifteen entities for the most named person of 100,000 reports. Read from
/// `appearance`, whose rows carry names and mentions, that is some 60 MB of pages; this blob
/// is about 100 bytes a report. It is written with the report and deleted with it (a foreign
/// key cascade), so indexing keeps it up to date without a pass of its own.
///
/// Little-endian 32-bit words: for each entity its row id, the number of its sentences, then
/// each sentence's number. Sentences are numbered in the report by their block and start, so
/// two entities share a sentence when they share a number:
///
///     [12, 2, 0, 3,   40, 1, 3]   // entity 12 in sentences 0 and 3, entity 40 in sentence 3
struct ReportEntities: Equatable {
    struct Entry: Equatable {
        var entityId: Int64
        var sentences: [UInt32]
    }

    var entries: [Entry]

    init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// The entries of a report whose entities have these ids and mentions' sentences
    /// (block, block-relative range), numbering the sentences.
    init(entities: [(id: Int64, sentences: [(block: Int, range: Range<Int>)])]) {
        var numbers: [SentenceKey: UInt32] = [:]
        let all = Set(entities.flatMap { $0.sentences.map { SentenceKey(block: $0.block, start: $0.range.lowerBound) } })
        for (n, key) in all.sorted().enumerated() { numbers[key] = UInt32(n) }
        entries = entities.map { e in
            Entry(entityId: e.id, sentences: Set(e.sentences.compactMap { numbers[SentenceKey(block: $0.block, start: $0.range.lowerBound)] }).sorted())
        }
    }

    private struct SentenceKey: Hashable, Comparable {
        var block: Int
        var start: Int
        static func < (a: Self, b: Self) -> Bool { (a.block, a.start) < (b.block, b.start) }
    }

    var encoded: [UInt8] {
        var words: [UInt32] = []
        words.reserveCapacity(entries.reduce(0) { $0 + 2 + $1.sentences.count })
        for e in entries {
            words.append(UInt32(truncatingIfNeeded: e.entityId))
            words.append(UInt32(e.sentences.count))
            words += e.sentences
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(words.count * 4)
        for w in words {
            bytes += [UInt8(w & 0xFF), UInt8(w >> 8 & 0xFF), UInt8(w >> 16 & 0xFF), UInt8(w >> 24)]
        }
        return bytes
    }

    /// Reads a blob back; a damaged tail (a count running past the end) is dropped.
    init(encoded bytes: UnsafeRawBufferPointer) {
        entries = []
        Self.forEach(in: bytes) { id, sentences in
            entries.append(Entry(entityId: Int64(id), sentences: Array(sentences)))
        }
    }

    /// Calls `body` with each entity id and its sentences, without copying the blob: the
    /// connections of an entity read thousands of them.
    @inline(__always)
    static func forEach(in bytes: UnsafeRawBufferPointer, _ body: (UInt32, UnsafeBufferPointer<UInt32>) -> Void) {
        let count = bytes.count / 4
        guard count > 0, let base = bytes.baseAddress else { return }
        // SQLite's blob buffers are 8-byte aligned, but not every caller's need be.
        if Int(bitPattern: base) % 4 != 0 {
            let copy = [UInt8](bytes)
            copy.withUnsafeBytes { forEach(in: $0, body) }
            return
        }
        let words = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt32.self), count: count)
        var i = 0
        while i + 1 < count {
            let id = UInt32(littleEndian: words[i]), n = Int(UInt32(littleEndian: words[i + 1]))
            guard n <= count - i - 2 else { return }
            body(id, UnsafeBufferPointer(rebasing: words[(i + 2)..<(i + 2 + n)]))
            i += 2 + n
        }
    }
}
