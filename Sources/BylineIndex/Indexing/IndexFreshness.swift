import BylineCore
import Foundation

/// How a command brings the index up to date before it answers, and how current the answer is.
///
/// A query must answer at once, and a walk over every file of a large folder costs more than
/// the query (about half a second at 100,000 files). So a command checks folder times only
/// (one `stat` per folder, `FolderCheck`), which finds added, removed and renamed files and
/// new subfolders, and lists only the folders that changed. A file edited in place leaves its
/// folder's time as it was: it is found by the next check of every file, which `byline index`,
/// `--refresh`, the reader's background check and small folders (`fullCheckFiles`) always do.
/// Until then the answer may be behind, and `note` says so.
public struct IndexFreshness: Sendable, Equatable {
    /// How this command checked the folder.
    public var checked: IndexChecks.Depth
    /// The last check of every file, in milliseconds since 1970 (nil: never).
    public var lastFullCheck: Int64?
    /// Whether a file edited in place since `lastFullCheck` may be missing from the answer.
    public var mayBeBehind: Bool

    /// Folders of up to this many files are checked file by file by every command: listing
    /// 2,000 files takes about 10 ms.
    public static let fullCheckFiles = 2_000
    /// A check of every file this recent (milliseconds) counts as current.
    public static let currentFor: Int64 = 60_000

    public init(checked: IndexChecks.Depth, lastFullCheck: Int64?, mayBeBehind: Bool) {
        self.checked = checked
        self.lastFullCheck = lastFullCheck
        self.mayBeBehind = mayBeBehind
    }

    /// What to index before answering: nil when nothing changed.
    ///
    /// - Parameters:
    ///   - refresh: the user asked for a check of every file.
    ///   - changed: `FolderCheck.changedFolders`, nil when there is nothing to compare with.
    public static func scope(refresh: Bool, checks: IndexChecks, changed: [String]?) -> IndexScope? {
        guard !refresh, !checksEveryFile(checks), let changed else { return .everything }
        return changed.isEmpty ? nil : .folders(changed)
    }

    /// Whether every command checks the folder file by file: it is small (`fullCheckFiles`).
    public static func checksEveryFile(_ checks: IndexChecks) -> Bool {
        checks.files <= fullCheckFiles
    }

    /// The freshness of an answer after a run of `scope` (nil: no run), at `now`.
    public static func after(_ scope: IndexScope?, checks: IndexChecks, now: Int64) -> IndexFreshness {
        if scope == .everything { return IndexFreshness(checked: .files, lastFullCheck: now, mayBeBehind: false) }
        let behind = checks.lastFullCheck.map { now - $0 > currentFor } ?? true
        return IndexFreshness(checked: .folders, lastFullCheck: checks.lastFullCheck, mayBeBehind: behind)
    }

    /// One line for stderr when the answer may be behind, as in "the index may be behind:
    /// reports edited in place since its full check 12 min ago are not seen; --refresh checks
    /// every file".
    public func note(now: Int64) -> String? {
        guard mayBeBehind else { return nil }
        let since = lastFullCheck.map { "since its full check \(Self.age(now - $0)) ago" } ?? "since it was made"
        return "the index may be behind: reports edited in place \(since) are not seen; --refresh (or byline index) checks every file"
    }

    /// `{"checked":"folders","lastFullCheck":"2026-12-04T21:00:00Z","mayBeBehind":true}`.
    public var json: JSONValue {
        .object([
            ("checked", .string(checked.rawValue)),
            ("lastFullCheck", .optional(lastFullCheck.map(Self.iso))),
            ("mayBeBehind", .bool(mayBeBehind)),
        ])
    }

    static func iso(_ milliseconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }

    /// `45 s`, `12 min`, `3 h`, `2 days`.
    static func age(_ milliseconds: Int64) -> String {
        let seconds = max(0, milliseconds / 1000)
        if seconds < 120 { return "\(seconds) s" }
        if seconds < 7_200 { return "\(seconds / 60) min" }
        if seconds < 172_800 { return "\(seconds / 3_600) h" }
        return "\(seconds / 86_400) days"
    }

    /// Now, in milliseconds since 1970.
    public static var now: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}
