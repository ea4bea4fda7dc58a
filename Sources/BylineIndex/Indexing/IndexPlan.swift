import BylineCore

/// A file as the index last stored it.
public struct StoredFile: Sendable, Equatable {
    public var id: Int64
    public var path: String
    public var size: Int64
    public var mtime: Int64
    public var hash: Int64
    public var warning: String?

    public init(id: Int64, path: String, size: Int64, mtime: Int64, hash: Int64, warning: String?) {
        self.id = id
        self.path = path
        self.size = size
        self.mtime = mtime
        self.hash = hash
        self.warning = warning
    }
}

/// What a run must do, decided from `stat` alone: which files to read and which are gone.
public struct IndexPlan: Sendable {
    /// A file to read: new, or stored with a different size or modification time.
    public struct Work: Sendable {
        public var file: CorpusFile
        public var stored: StoredFile?
    }

    public var work: [Work] = []
    /// Stored files no longer in the folder.
    public var gone: [StoredFile] = []
    public var unchanged = 0

    /// Compares the folder's files, sorted with `inPathOrder`, with the stored ones, which
    /// `nextStored` gives one at a time in the same order (SQLite's `ORDER BY path`). The two lists are walked side by side,
    /// so only files that changed or went are held: an unchanged corpus of 100,000 files costs
    /// no memory beyond its listing. With `recheckAll`, every stored file is read again and
    /// compared by content (the corpus folder moved).
    public init<E: Error>(files: [CorpusFile], recheckAll: Bool = false, nextStored: () throws(E) -> StoredFile?) throws(E) {
        assert(zip(files, files.dropFirst()).allSatisfy { !Self.inPathOrder($1, $0) }, "files not in path order")
        var next = 0
        while let known = try nextStored() {
            while next < files.count, Self.precedes(files[next].relativePath, known.path) {
                work.append(Work(file: files[next], stored: nil))
                next += 1
            }
            guard next < files.count, files[next].relativePath.utf8.elementsEqual(known.path.utf8) else {
                gone.append(known)
                continue
            }
            let file = files[next]
            next += 1
            if !recheckAll && known.size == file.size && known.mtime == file.modifiedNanoseconds {
                unchanged += 1
            } else {
                work.append(Work(file: file, stored: known))
            }
        }
        for file in files[next...] { work.append(Work(file: file, stored: nil)) }
    }

    /// The order of the folder's files for `init`: by the bytes of their paths, as SQLite
    /// compares text, so canonically equivalent names spelled with different scalars are
    /// different files.
    public static func inPathOrder(_ a: CorpusFile, _ b: CorpusFile) -> Bool {
        precedes(a.relativePath, b.relativePath)
    }

    private static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

/// Gone files that a new file with the same size and hash may have been renamed from.
struct RenameSources: Sendable {
    private var byContent: [ContentKey: [StoredFile]] = [:]

    struct ContentKey: Hashable, Sendable {
        var size: Int64
        var hash: Int64
    }

    /// Files whose warning names their old path are read again instead of renamed.
    init(gone: [StoredFile]) {
        for file in gone where file.warning == nil {
            byContent[ContentKey(size: file.size, hash: file.hash), default: []].append(file)
        }
    }

    func mayMatch(size: Int64, hash: Int64) -> Bool {
        byContent[ContentKey(size: size, hash: hash)] != nil
    }

    /// Takes the gone file a new file with this content came from, if any is left.
    mutating func claim(size: Int64, hash: Int64) -> StoredFile? {
        let key = ContentKey(size: size, hash: hash)
        guard var candidates = byContent[key], !candidates.isEmpty else { return nil }
        let file = candidates.removeFirst()
        byContent[key] = candidates.isEmpty ? nil : candidates
        return file
    }

    var isEmpty: Bool { byContent.isEmpty }
}
