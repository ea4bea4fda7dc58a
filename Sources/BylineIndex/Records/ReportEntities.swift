/// The entities of one report with the sentences naming each, packed into one blob per report
/// (`reportEntities.entities`), for connections: who is named in the same report or sentence.
///
/// An entity page's connections need every entity of every report naming the entity: 20,000
/// reports of about fifteen entities for the most named person of 100,000 reports. Read from
/// `appearance`, whose rows carry names and mentions, that is some 60 MB of pages; this blob
/// is about 100 bytes a report. It is written with the report and deleted with it (a foreign
/// key cascade), so indexing keeps it up to date without a pass of its own.
///
/// Numbers packed as `Varint`s (migration 7): for each entity its row id, the number of its
/// sentences, then each sentence's number as the step from the one before (the first from 0).
/// Sentences are numbered in the report by their block and start, so two entities share a
/// sentence when they share a number:
///
///     [12, 2, 0, 3,   40, 1, 3]   // entity 12 in sentences 0 and 3, entity 40 in sentence 3
///
/// Indexes before migration 7 held every number as a little-endian 32-bit word, three times
/// the size (13.5 MB at 100,000 reports); `init(words:)` reads that form for the migration.
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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.reduce(0) { $0 + 4 + $1.sentences.count })
        for e in entries {
            Varint.append(UInt64(UInt32(truncatingIfNeeded: e.entityId)), to: &bytes)
            Varint.append(UInt64(e.sentences.count), to: &bytes)
            var previous: UInt32 = 0
            for n in e.sentences {
                Varint.append(UInt64(n &- previous), to: &bytes)
                previous = n
            }
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

    /// Calls `body` with each entity id and its sentences, unpacking one entity's sentences at
    /// a time into a buffer on the stack: the connections of an entity read thousands of blobs.
    @inline(__always)
    static func forEach(in bytes: UnsafeRawBufferPointer, _ body: (UInt32, UnsafeBufferPointer<UInt32>) -> Void) {
        guard !bytes.isEmpty else { return }
        // Each number takes a byte at least, so no entity has more sentences than the blob bytes.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: bytes.count) { sentences in
            var offset = 0
            while offset < bytes.count {
                guard let id = Varint.read(bytes, at: &offset), let count = Varint.read(bytes, at: &offset),
                      count <= UInt64(bytes.count - offset) else { return }
                var number: UInt32 = 0
                for i in 0..<Int(count) {
                    guard let step = Varint.read(bytes, at: &offset) else { return }
                    number &+= UInt32(truncatingIfNeeded: step)
                    sentences[i] = number
                }
                body(UInt32(truncatingIfNeeded: id), UnsafeBufferPointer(rebasing: sentences[0..<Int(count)]))
            }
        }
    }

    /// Reads the 32-bit words of an index before migration 7; a damaged tail is dropped.
    init(words bytes: UnsafeRawBufferPointer) {
        entries = []
        let words = [UInt8](bytes).withUnsafeBytes { raw in
            (0..<(raw.count / 4)).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * $0, as: UInt32.self)) }
        }
        var i = 0
        while i + 1 < words.count {
            let n = Int(words[i + 1])
            guard n <= words.count - i - 2 else { return }
            entries.append(Entry(entityId: Int64(words[i]), sentences: Array(words[(i + 2)..<(i + 2 + n)])))
            i += 2 + n
        }
    }
}
