import BylineCore
import BylineIndex
import Foundation

/// The words and JSON `byline index` uses for an `IndexSummary`.
enum IndexReport {
    /// `1,204 reports indexed: 12 files added, 3 updated, 1 removed, 2 skipped (0.8 s)`
    static func line(_ s: IndexSummary) -> String {
        var parts = ["\(count(s.added, "file")) added", "\(s.updated.formatted()) updated"]
        if s.renamed > 0 { parts.append("\(s.renamed.formatted()) renamed") }
        parts += ["\(s.removed.formatted()) removed", "\(s.skipped.formatted()) skipped"]
        let time = String(format: s.seconds < 10 ? "%.2f s" : "%.1f s", s.seconds)
        let head = s.stopped ? "Stopped early; \(count(s.reports, "report")) indexed so far" : "\(count(s.reports, "report")) indexed"
        return "\(head): \(parts.joined(separator: ", ")) (\(time))"
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n.formatted()) \(noun)\(n == 1 ? "" : "s")"
    }
}
